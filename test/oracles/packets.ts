// Packets for the Suricata oracle: a pcap of runner flows as Suricata sees them on the wire.
// Each TCP flow is a handshake, one client data packet (a TLS ClientHello with or without SNI,
// an HTTP request, or another protocol's first bytes) and the server's ACK; a UDP flow is two
// datagrams. Checksums are computed, so Suricata inspects every packet as it would real traffic.

export interface OracleFlow {
  protocol: "tcp" | "udp";
  /** The server's address and port. */
  dst: string;
  port: number;
  /** The client's source port: tells the flows apart in Suricata's alerts. */
  sport: number;
  /** What the client sends once connected (TCP), or in each datagram (UDP). */
  payload: Buffer;
}

export interface ClientHelloOptions {
  sni?: string;
  /** ALPN protocols, in order (none: no ALPN extension). */
  alpn?: string[];
  /** TLS 1.3 via supported_versions (the runner's Go client), or TLS 1.2 only. */
  tls13: boolean;
  ciphers: number[];
}

const CLIENT = "10.20.0.5";

/** A TLS ClientHello record with the extensions a modern client sends. */
export function clientHello(o: ClientHelloOptions): Buffer {
  const exts: Buffer[] = [];
  const ext = (type: number, body: Buffer) => exts.push(Buffer.concat([u16(type), u16(body.length), body]));
  if (o.sni !== undefined) {
    const name = Buffer.from(o.sni, "ascii");
    ext(0x0000, Buffer.concat([u16(name.length + 3), Buffer.from([0]), u16(name.length), name]));
  }
  ext(0x000a, Buffer.concat([u16(4), u16(0x001d), u16(0x0017)]));
  ext(0x000b, Buffer.from([1, 0]));
  ext(0x000d, Buffer.concat([u16(6), u16(0x0403), u16(0x0804), u16(0x0401)]));
  if (o.alpn) {
    const list = Buffer.concat(o.alpn.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, "ascii")])));
    ext(0x0010, Buffer.concat([u16(list.length), list]));
  }
  if (o.tls13) {
    ext(0x002b, Buffer.from([4, 0x03, 0x04, 0x03, 0x03]));
    ext(0x002d, Buffer.from([1, 1]));
    ext(0x0033, Buffer.concat([u16(36), u16(0x001d), u16(32), Buffer.alloc(32, 7)]));
  }
  const extensions = Buffer.concat(exts);
  const body = Buffer.concat([
    u16(0x0303),
    Buffer.alloc(32, 0x42),
    Buffer.from([32]),
    Buffer.alloc(32, 0x24),
    u16(o.ciphers.length * 2),
    ...o.ciphers.map(u16),
    Buffer.from([1, 0]),
    u16(extensions.length),
    extensions,
  ]);
  const handshake = Buffer.concat([Buffer.from([1]), u24(body.length), body]);
  return Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), u16(handshake.length), handshake]);
}

export function httpRequest(host: string): Buffer {
  return Buffer.from(`GET / HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: runnerlint-oracle\r\nAccept: */*\r\n\r\n`, "ascii");
}

/** The pcap and, for each flow, the pcap_cnt (1-based packet number) of its packets by role. */
export function pcap(flows: OracleFlow[]): { bytes: Buffer; packets: { syn?: number; data: number }[] } {
  const records: Buffer[] = [];
  const packets: { syn?: number; data: number }[] = [];
  let t = 1_700_000_000_000;
  const add = (frame: Buffer) => {
    t += 1;
    const head = Buffer.alloc(16);
    head.writeUInt32LE(Math.floor(t / 1000), 0);
    head.writeUInt32LE((t % 1000) * 1000, 4);
    head.writeUInt32LE(frame.length, 8);
    head.writeUInt32LE(frame.length, 12);
    records.push(head, frame);
    return records.length / 2;
  };
  for (const f of flows) {
    if (f.protocol === "udp") {
      const data = add(udp(CLIENT, f.dst, f.sport, f.port, f.payload));
      add(udp(CLIENT, f.dst, f.sport, f.port, f.payload));
      packets.push({ data });
      continue;
    }
    const c = 1000;
    const s = 5000;
    const syn = add(tcp(CLIENT, f.dst, f.sport, f.port, c, 0, SYN, Buffer.alloc(0)));
    add(tcp(f.dst, CLIENT, f.port, f.sport, s, c + 1, SYN | ACK, Buffer.alloc(0)));
    add(tcp(CLIENT, f.dst, f.sport, f.port, c + 1, s + 1, ACK, Buffer.alloc(0)));
    const data = add(tcp(CLIENT, f.dst, f.sport, f.port, c + 1, s + 1, PSH | ACK, f.payload));
    add(tcp(f.dst, CLIENT, f.port, f.sport, s + 1, c + 1 + f.payload.length, ACK, Buffer.alloc(0)));
    packets.push({ syn, data });
  }
  const global = Buffer.alloc(24);
  global.writeUInt32LE(0xa1b2c3d4, 0);
  global.writeUInt16LE(2, 4);
  global.writeUInt16LE(4, 6);
  global.writeUInt32LE(65535, 16);
  global.writeUInt32LE(1, 20); // Ethernet
  return { bytes: Buffer.concat([global, ...records]), packets };
}

const SYN = 0x02;
const PSH = 0x08;
const ACK = 0x10;

function tcp(src: string, dst: string, sport: number, dport: number, seq: number, ack: number, flags: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(20);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt32BE(seq, 4);
  h.writeUInt32BE(ack, 8);
  h[12] = 5 << 4;
  h[13] = flags;
  h.writeUInt16BE(64240, 14);
  const segment = Buffer.concat([h, payload]);
  segment.writeUInt16BE(checksum(Buffer.concat([pseudo(src, dst, 6, segment.length), segment])), 16);
  return ipv4(src, dst, 6, segment);
}

function udp(src: string, dst: string, sport: number, dport: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt16BE(8 + payload.length, 4);
  const datagram = Buffer.concat([h, payload]);
  datagram.writeUInt16BE(checksum(Buffer.concat([pseudo(src, dst, 17, datagram.length), datagram])) || 0xffff, 6);
  return ipv4(src, dst, 17, datagram);
}

function ipv4(src: string, dst: string, proto: number, body: Buffer): Buffer {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(20 + body.length, 2);
  h[8] = 64;
  h[9] = proto;
  addr(src).copy(h, 12);
  addr(dst).copy(h, 16);
  h.writeUInt16BE(checksum(h), 10);
  const ether = Buffer.from([0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00]);
  return Buffer.concat([ether, h, body]);
}

function pseudo(src: string, dst: string, proto: number, length: number): Buffer {
  return Buffer.concat([addr(src), addr(dst), Buffer.from([0, proto]), u16(length)]);
}

function checksum(b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < b.length; i += 2) sum += (b[i]! << 8) + (i + 1 < b.length ? b[i + 1]! : 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

const addr = (a: string) => Buffer.from(a.split(".").map(Number));
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number) => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
