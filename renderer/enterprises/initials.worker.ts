/**
 * 拼音 initials of every enterprise name, off the main thread: pinyin conversion costs tens of
 * microseconds a name, most of a second for a district, and would stall typing.
 */
import { nameInitials } from '../../shared/enterprises/quick-search';

export interface InitialsRequest {
  readonly names: readonly (readonly [id: string, name: string])[];
}

export interface InitialsResponse {
  readonly initials: readonly (readonly [id: string, initials: string])[];
}

self.onmessage = (event: MessageEvent<InitialsRequest>) => {
  const initials = event.data.names.map(([id, name]) => [id, nameInitials(name)] as const);
  self.postMessage({ initials } satisfies InitialsResponse);
};
