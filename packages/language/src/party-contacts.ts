import type { Contact, ContactPurpose, Party } from './generated/ast.js';

/**
 * A party's contacts (`contact`, `contact privacy …`, `contact security …`). The general contact
 * is the one declared without a purpose; a party that names only purpose contacts has its first
 * one as the general contact, so one `contact` line of any kind is a contact point.
 */
export function generalContact(party: Party): Contact | undefined {
    return (party.contacts.find(c => c.purpose === undefined) ?? party.contacts[0])?.details;
}

/** The contact for a purpose (`privacy`, `security`), else the general one. */
export function contactFor(party: Party, purpose: ContactPurpose): Contact | undefined {
    return party.contacts.find(c => c.purpose === purpose)?.details ?? generalContact(party);
}

/** Whether the party names any contact point: a contact of any purpose or a DPO. */
export function hasContactPoint(party: Party): boolean {
    return party.contacts.length > 0 || party.dpo !== undefined;
}
