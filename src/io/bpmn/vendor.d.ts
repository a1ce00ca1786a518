/** The slice of bpmn-moddle's API the export uses (the package ships no declaration for its entry). */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    $attrs: Record<string, string>;
    id?: string;
    get(name: string): any; // eslint-disable-line @typescript-eslint/no-explicit-any -- moddle properties are untyped
    set(name: string, value: unknown): void;
    [key: string]: unknown;
  }
  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: { message: string }[];
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
