/// French typography for the letters: a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0)
/// before : and inside « », in place of the ordinary space the templates and the member typed. The wrapper cuts
/// lines at ordinary spaces only, so no line starts with » or : and none ends with «.
///
/// One pass over the UTF-8 bytes: the whole letter goes through it, a 1 MB dossier included (six `replacing` passes
/// cost six copies of the letter).
enum FrenchTypography {
    static let nbsp: [UInt8] = [0xC2, 0xA0]
    static let narrowNbsp: [UInt8] = [0xE2, 0x80, 0xAF]

    static func apply(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == 0x20, i + 1 < n {
                let next = bytes[i + 1]
                switch next {
                case UInt8(ascii: ":"):
                    out += nbsp
                    i += 1
                    continue
                case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    out += narrowNbsp
                    i += 1
                    continue
                case 0xC2 where i + 2 < n && bytes[i + 2] == 0xBB:  // " »"
                    out += nbsp
                    i += 1
                    continue
                default:
                    break
                }
            }
            if byte == 0xC2, i + 2 < n, bytes[i + 1] == 0xAB, bytes[i + 2] == 0x20 {  // "« "
                out += [0xC2, 0xAB] + nbsp
                i += 3
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
