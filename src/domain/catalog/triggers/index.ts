import type { AnyTriggerDefinition } from '../types';
import type { TriggerType } from '../../types';
import { callIncoming } from './call.incoming';
import { callMissed } from './call.missed';
import { callbackRequested } from './callback.requested';
import { chatMessage } from './chat.message';
import { documentCreated } from './document.created';
import { emailLinkClicked } from './email.linkClicked';
import { emailReceived } from './email.received';
import { emailSent } from './email.sent';
import { emailViewed } from './email.viewed';
import { formSubmitted } from './form.submitted';
import { orderCanceled } from './order.canceled';
import { orderDelivered } from './order.delivered';
import { orderResponsibleChanged } from './order.responsibleChanged';
import { paymentReceived } from './payment.received';
import { shipmentAllowed } from './shipment.allowed';
import { shipmentChanged } from './shipment.changed';
import { shipmentShipped } from './shipment.shipped';
import { shipmentTrackingAdded } from './shipment.trackingAdded';
import { siteReturn } from './site.return';
import { siteVisit } from './site.visit';
import { webhook } from './webhook';
import { smsSent } from './sms.sent';
import { callOutgoing } from './call.outgoing';
import { chatSent } from './chat.sent';
import { taskCreated } from './task.created';

/** Every trigger type's declaration, keyed by its literal: a missing type is a compile error. */
export const TRIGGER_DEFINITIONS: { [T in TriggerType]: AnyTriggerDefinition } = {
  'payment.received': paymentReceived,
  'order.responsibleChanged': orderResponsibleChanged,
  'email.received': emailReceived,
  'email.sent': emailSent,
  'email.viewed': emailViewed,
  'email.linkClicked': emailLinkClicked,
  'call.incoming': callIncoming,
  'call.missed': callMissed,
  'form.submitted': formSubmitted,
  'callback.requested': callbackRequested,
  'shipment.allowed': shipmentAllowed,
  'shipment.trackingAdded': shipmentTrackingAdded,
  'shipment.shipped': shipmentShipped,
  'shipment.changed': shipmentChanged,
  'order.delivered': orderDelivered,
  'order.canceled': orderCanceled,
  webhook,
  'site.visit': siteVisit,
  'site.return': siteReturn,
  'chat.message': chatMessage,
  'document.created': documentCreated,
  'sms.sent': smsSent,
  'call.outgoing': callOutgoing,
  'chat.sent': chatSent,
  'task.created': taskCreated,
};
