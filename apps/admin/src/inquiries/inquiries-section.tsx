import { InquiryDetailsPage } from './inquiry-details-page';
import { InquiryFormPage } from './inquiry-form-page';
import { InquiryListPage } from './inquiry-list-page';

/** `#/inquiries?filter`, `#/inquiries/new`, `#/inquiries/<id>`, `#/inquiries/<id>/edit`. */
export function InquiriesSection({ rest, query }: { rest: string[]; query: string }) {
  const [id, action] = rest;
  if (id === 'new') return <InquiryFormPage inquiryId={null} />;
  if (id && action === 'edit') return <InquiryFormPage key={id} inquiryId={id} />;
  if (id) return <InquiryDetailsPage key={id} inquiryId={id} />;
  return <InquiryListPage query={query} />;
}
