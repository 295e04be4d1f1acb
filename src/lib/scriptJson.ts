/**
 * JSON text made safe inside a <script> element (the page data, JSON-LD): `<` escaped so no string
 * can close the element, and U+2028/2029 so the text is also safe as a JavaScript literal.
 */
export const scriptSafeJson = (json: string): string =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
