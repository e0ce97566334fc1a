/** The citizen an audit event is about: the subject itself, or the citizen named in its details. */
export function citizenIdOf(event: { subjectType: string; subjectId?: string | null; details: string }): string | null {
  if (event.subjectType === 'citizen' && event.subjectId) return event.subjectId;
  try {
    const details: unknown = JSON.parse(event.details);
    if (details && typeof details === 'object' && 'citizenId' in details && typeof details.citizenId === 'string') return details.citizenId;
  } catch {
    // Details that are not JSON name no citizen.
  }
  return null;
}
