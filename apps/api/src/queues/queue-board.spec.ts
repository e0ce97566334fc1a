import { comesFromOwnOrigin } from './queue-board';

describe("a change to the queue board comes from the board's own origin", () => {
  it('with PUBLIC_URL: Origin must be its origin', () => {
    const publicUrl = 'https://raadgiver.example/';
    expect(comesFromOwnOrigin({ origin: 'https://raadgiver.example', host: 'api:3000' }, publicUrl)).toBe(true);
    expect(comesFromOwnOrigin({ origin: 'http://raadgiver.example', host: 'raadgiver.example' }, publicUrl)).toBe(false);
    expect(comesFromOwnOrigin({ origin: 'https://raadgiver.example.evil.test', host: 'raadgiver.example' }, publicUrl)).toBe(false);
  });

  it('without it: Origin must name the Host the request was sent to', () => {
    expect(comesFromOwnOrigin({ origin: 'http://127.0.0.1:4200', host: '127.0.0.1:4200' }, null)).toBe(true);
    expect(comesFromOwnOrigin({ origin: 'http://127.0.0.1:4201', host: '127.0.0.1:4200' }, null)).toBe(false);
    expect(comesFromOwnOrigin({ origin: 'null', host: '127.0.0.1:4200' }, null)).toBe(false);
  });

  it('refuses a change that does not say where it comes from, or that the browser calls cross-site', () => {
    expect(comesFromOwnOrigin({ host: '127.0.0.1:4200' }, null)).toBe(false);
    expect(comesFromOwnOrigin({ origin: 'http://127.0.0.1:4200', host: '127.0.0.1:4200', 'sec-fetch-site': 'same-site' }, null)).toBe(false);
    expect(comesFromOwnOrigin({ origin: 'http://127.0.0.1:4200', host: '127.0.0.1:4200', 'sec-fetch-site': 'same-origin' }, null)).toBe(true);
  });
});
