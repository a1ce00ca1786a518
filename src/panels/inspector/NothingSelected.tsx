/** The inspector's empty state; also shown by the designer while the inspector's code loads. */
export function NothingSelected() {
  return (
    <div className="py-10 text-center text-fg-muted">
      <p className="font-medium">Nothing selected</p>
      <p className="mt-1 text-xs">Select a robot or a trigger on the canvas to edit it here.</p>
    </div>
  );
}
