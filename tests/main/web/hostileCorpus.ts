/**
 * Requests a stranger can send to the loopback host, written out byte for byte. `{host}`,
 * `{secret}` and `{name}` (the cookie name) are filled in per host. Each entry says what it
 * tries; the host must answer every one (or close the connection) and keep serving.
 */
export interface HostileRequest {
  name: string;
  bytes: string | Buffer;
  /** True when the request carries the real secret and so may succeed. */
  authorised?: boolean;
}

const CRLF = '\r\n';
const req = (lines: string[], body = '') => `${lines.join(CRLF)}${CRLF}${CRLF}${body}`;
const get = (target: string, ...headers: string[]) => req([`GET ${target} HTTP/1.1`, 'host: {host}', ...headers, 'connection: close']);
const api = (body: string, ...headers: string[]) =>
  req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', ...headers, `content-length: ${Buffer.byteLength(body)}`, 'connection: close'], body);

export const HOSTILE: HostileRequest[] = [
  // Cookies: malformed escapes, tossing, floods.
  { name: 'malformed %-escape in the old cookie name', bytes: api('{}', 'cookie: vlinder_token=%E0%A4%A') },
  { name: 'malformed %-escape in our cookie', bytes: api('{}', 'cookie: {name}=%E0%A4%A') },
  { name: 'lone % in our cookie', bytes: api('{}', 'cookie: {name}=%') },
  { name: 'malformed cookie beside the header secret', bytes: api('{"method":"app.info","args":{}}', 'cookie: {name}=%E0%A4%A', 'x-vlinder-token: {secret}'), authorised: true },
  { name: 'tossed cookie before ours', bytes: api('{"method":"app.info","args":{}}', 'cookie: {name}=x; {name}={secret}'), authorised: true },
  { name: 'tossed cookie alone', bytes: api('{}', 'cookie: {name}=x') },
  { name: 'two cookie headers', bytes: api('{"method":"app.info","args":{}}', 'cookie: {name}=x', 'cookie: {name}={secret}'), authorised: true },
  { name: '500 cookies of our name', bytes: api('{}', `cookie: ${Array.from({ length: 500 }, (_, i) => `{name}=v${i}`).join('; ')}`) },
  { name: 'cookie header over 16 kB', bytes: api('{}', `cookie: {name}=${'x'.repeat(17_000)}`) },
  { name: 'cookie without =', bytes: api('{}', 'cookie: {name}') },
  { name: 'cookie of only separators', bytes: api('{}', 'cookie: ;;; ; =;==') },
  { name: 'cookie with quotes and spaces', bytes: api('{}', 'cookie: {name}="{secret}"') },
  { name: 'cookie with a NUL', bytes: api('{}', 'cookie: {name}=a\u0000b') },
  // Host, Origin, fetch metadata.
  { name: 'no Host', bytes: req(['GET / HTTP/1.1', 'x-vlinder-token: {secret}', 'connection: close']) },
  { name: 'foreign Host', bytes: req(['GET / HTTP/1.1', 'host: evil.example', 'x-vlinder-token: {secret}', 'connection: close']) },
  { name: 'duplicated Host, ours first', bytes: req(['GET / HTTP/1.1', 'host: {host}', 'host: evil.example', 'x-vlinder-token: {secret}', 'connection: close']) },
  { name: 'duplicated Host, ours second', bytes: req(['GET / HTTP/1.1', 'host: evil.example', 'host: {host}', 'x-vlinder-token: {secret}', 'connection: close']) },
  { name: 'Host with a trailing dot', bytes: req(['GET / HTTP/1.1', 'host: 127.0.0.1.:1', 'connection: close']) },
  { name: 'Host with user info', bytes: req(['GET / HTTP/1.1', 'host: a@{host}', 'connection: close']) },
  { name: 'foreign Origin with the secret', bytes: api('{"method":"app.info","args":{}}', 'origin: https://evil.example', 'x-vlinder-token: {secret}') },
  { name: 'Origin null', bytes: api('{}', 'origin: null', 'x-vlinder-token: {secret}') },
  { name: 'two Origins', bytes: api('{}', 'origin: http://{host}', 'origin: https://evil.example', 'x-vlinder-token: {secret}') },
  { name: 'cross-site fetch', bytes: api('{}', 'sec-fetch-site: cross-site', 'x-vlinder-token: {secret}') },
  { name: 'two Sec-Fetch-Site', bytes: api('{}', 'sec-fetch-site: same-origin', 'sec-fetch-site: cross-site', 'x-vlinder-token: {secret}') },
  { name: 'two token headers', bytes: api('{}', 'x-vlinder-token: {secret}', 'x-vlinder-token: {secret}') },
  { name: 'empty token header', bytes: api('{}', 'x-vlinder-token: ') },
  { name: 'token header a byte too long', bytes: api('{}', 'x-vlinder-token: {secret}x') },
  // Request targets.
  { name: 'target //', bytes: get('//', 'x-vlinder-token: {secret}') },
  { name: 'target //evil.example/', bytes: get('//evil.example/', 'x-vlinder-token: {secret}') },
  { name: 'asterisk form', bytes: get('*', 'x-vlinder-token: {secret}') },
  { name: 'absolute form', bytes: get('http://evil.example/api/call', 'x-vlinder-token: {secret}') },
  { name: 'CONNECT', bytes: req(['CONNECT evil.example:443 HTTP/1.1', 'host: evil.example:443']) },
  { name: 'OPTIONS *', bytes: req(['OPTIONS * HTTP/1.1', 'host: {host}', 'connection: close']) },
  { name: 'traversal ../', bytes: get('/../../../../etc/passwd', 'x-vlinder-token: {secret}') },
  { name: 'traversal %2e%2e', bytes: get('/%2e%2e/%2e%2e/etc/passwd', 'x-vlinder-token: {secret}') },
  { name: 'traversal ..%2f', bytes: get('/..%2f..%2fpackage.json', 'x-vlinder-token: {secret}') },
  { name: 'traversal with backslashes', bytes: get('/..\\..\\package.json', 'x-vlinder-token: {secret}') },
  { name: 'encoded NUL', bytes: get('/index.html%00.js', 'x-vlinder-token: {secret}') },
  { name: 'malformed escape in the path', bytes: get('/%E0%A4%A', 'x-vlinder-token: {secret}') },
  { name: 'overlong UTF-8 slash', bytes: get('/%c0%af..%c0%afetc', 'x-vlinder-token: {secret}') },
  { name: 'raw non-ASCII in the path', bytes: Buffer.from(get('/é', 'x-vlinder-token: {secret}'), 'utf8') },
  { name: 'path of 20 000 characters', bytes: get(`/${'a'.repeat(20_000)}`, 'x-vlinder-token: {secret}') },
  { name: 'start URL with a wrong token', bytes: get('/?token=wrong') },
  { name: 'start URL with a malformed token', bytes: get('/?token=%E0%A4%A') },
  { name: 'start URL with two tokens', bytes: get('/?token=x&token={secret}') },
  { name: 'a folder as a file', bytes: get('/assets', 'x-vlinder-token: {secret}') },
  // Framing.
  { name: 'content-length larger than the body', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', 'x-vlinder-token: {secret}', 'content-length: 100', 'connection: close'], '{}') },
  { name: 'two different content-lengths', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-length: 2', 'content-length: 3', 'connection: close'], '{}') },
  { name: 'negative content-length', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-length: -1', 'connection: close'], '{}') },
  { name: 'content-length of 10 GB', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', 'x-vlinder-token: {secret}', 'content-length: 10000000000', 'connection: close'], '{}') },
  { name: 'chunked and content-length together', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'transfer-encoding: chunked', 'content-length: 4', 'connection: close'], '2\r\n{}\r\n0\r\n\r\n') },
  { name: 'malformed chunk size', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', 'x-vlinder-token: {secret}', 'transfer-encoding: chunked', 'connection: close'], 'zz\r\n{}\r\n0\r\n\r\n') },
  { name: 'chunked body over the limit', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', 'x-vlinder-token: {secret}', 'transfer-encoding: chunked', 'connection: close'], `${(300 * 1024).toString(16)}\r\n${'x'.repeat(300 * 1024)}\r\n0\r\n\r\n`) },
  { name: 'header injection with a bare LF', bytes: 'GET / HTTP/1.1\r\nhost: {host}\nx-vlinder-token: {secret}\r\nconnection: close\r\n\r\n' },
  { name: 'obsolete line folding', bytes: req(['GET / HTTP/1.1', 'host: {host}', 'x-vlinder-token:', ' {secret}', 'connection: close']) },
  { name: 'invalid header name', bytes: req(['GET / HTTP/1.1', 'host: {host}', 'bad header: x', 'connection: close']) },
  { name: 'NUL in a header value', bytes: req(['GET / HTTP/1.1', 'host: {host}', 'x-a: b\u0000c', 'connection: close']) },
  { name: '3 000 headers', bytes: req(['GET / HTTP/1.1', 'host: {host}', ...Array.from({ length: 3000 }, (_, i) => `x-h${i}: ${i}`), 'connection: close']) },
  { name: 'HTTP/1.0 without Host', bytes: 'GET / HTTP/1.0\r\n\r\n' },
  { name: 'HTTP/2 preface', bytes: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' },
  { name: 'HTTP/9.9', bytes: 'GET / HTTP/9.9\r\nhost: {host}\r\n\r\n' },
  { name: 'a TLS ClientHello', bytes: Buffer.from('16030100a5010000a10303' + '00'.repeat(80), 'hex') },
  { name: 'random binary', bytes: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 197 + 13) & 0xff)) },
  { name: 'only a method', bytes: 'GET' },
  { name: 'a request line without headers end (slow client)', bytes: 'GET / HTTP/1.1\r\nhost: {host}\r\n' },
  { name: 'two pipelined requests', bytes: get('/', 'x-vlinder-token: {secret}').replace('connection: close', 'connection: keep-alive') + get('/index.html', 'x-vlinder-token: {secret}'), authorised: true },
  { name: 'websocket upgrade', bytes: get('/', 'upgrade: websocket', 'connection: Upgrade', 'sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version: 13', 'x-vlinder-token: {secret}') },
  { name: 'expect 100-continue, then nothing', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/json', 'x-vlinder-token: {secret}', 'expect: 100-continue', 'content-length: 2']) },
  // Bodies that reach the dispatcher.
  { name: 'body that is not JSON', bytes: api('{not json', 'x-vlinder-token: {secret}') },
  { name: 'body that is invalid UTF-8', bytes: Buffer.concat([Buffer.from(api('', 'x-vlinder-token: {secret}').replace('content-length: 0', 'content-length: 4')), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]) },
  { name: 'JSON null', bytes: api('null', 'x-vlinder-token: {secret}') },
  { name: 'JSON array', bytes: api('[1,2,3]', 'x-vlinder-token: {secret}') },
  { name: 'method as an object without toString', bytes: api('{"method":{"toString":1},"args":{}}', 'x-vlinder-token: {secret}') },
  { name: '__proto__ in the body', bytes: api('{"__proto__":{"method":"app.info"},"args":{}}', 'x-vlinder-token: {secret}') },
  { name: '__proto__ in the arguments', bytes: api('{"method":"project.create","args":{"__proto__":{"title":"x"}}}', 'x-vlinder-token: {secret}') },
  { name: 'constructor in a change', bytes: api('{"method":"project.apply","args":{"sessionId":"00000000-0000-4000-8000-000000000000","changes":[{"op":"put","table":"constructor","value":{}}]}}', 'x-vlinder-token: {secret}') },
  { name: 'JSON nested 5 000 deep', bytes: api(`{"method":"project.create","args":{"title":${'['.repeat(5000)}${']'.repeat(5000)}}}`, 'x-vlinder-token: {secret}') },
  { name: 'a title of 1 MB', bytes: api(`{"method":"project.create","args":{"title":"${'x'.repeat(200_000)}"}}`, 'x-vlinder-token: {secret}') },
  { name: 'a title with characters XML cannot hold', bytes: api('{"method":"project.create","args":{"title":"A\\uffffB\\u0000C\\ud800"}}', 'x-vlinder-token: {secret}'), authorised: true },
  { name: 'open a path that is a device', bytes: api('{"method":"project.open","args":{"path":"/dev/zero"}}', 'x-vlinder-token: {secret}') },
  { name: 'open a folder', bytes: api('{"method":"project.open","args":{"path":"/"}}', 'x-vlinder-token: {secret}') },
  { name: 'read a FIFO-like path as a list', bytes: api('{"method":"register.readList","args":{"path":"/dev/stdin"}}', 'x-vlinder-token: {secret}') },
  { name: 'base64 that is not base64', bytes: api('{"method":"register.readList","args":{"fileName":"x.csv","dataBase64":"!!!"}}', 'x-vlinder-token: {secret}') },
  { name: 'a text/plain post (cross-site form)', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: text/plain', 'cookie: {name}={secret}', 'content-length: 2', 'connection: close'], '{}') },
  { name: 'a form post', bytes: req(['POST /api/call HTTP/1.1', 'host: {host}', 'content-type: application/x-www-form-urlencoded', 'content-length: 3', 'connection: close'], 'a=b') },
  { name: 'GET on the API', bytes: get('/api/call', 'x-vlinder-token: {secret}') },
  { name: 'PUT on a page', bytes: req(['PUT /index.html HTTP/1.1', 'host: {host}', 'x-vlinder-token: {secret}', 'content-length: 0', 'connection: close']) },
];

/** The bytes of `r` for a host on `port` with `secret` and cookie name `name`. */
export function fill(r: HostileRequest, port: number, secret: string, name: string): Buffer {
  const raw = typeof r.bytes === 'string' ? Buffer.from(r.bytes, 'utf8') : r.bytes;
  const text = raw.toString('latin1').split('{host}').join(`127.0.0.1:${port}`).split('{secret}').join(secret).split('{name}').join(name);
  return Buffer.from(text, 'latin1');
}
