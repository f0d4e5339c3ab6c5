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
        var text = text
        return text.withUTF8 { apply($0) } ?? text
    }

    /// The text with its spaces replaced, or nil when there is none to replace. The bytes between two
    /// replacements are copied as runs, not byte by byte (the letter of a 1 MB dossier has a few thousand).
    static func apply(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        var out: [UInt8] = []
        var copied = 0  // bytes[copied..<i] are still to be copied to `out`
        func replace(_ range: Range<Int>, keeping kept: Int, with replacement: [UInt8]) {
            if out.isEmpty { out.reserveCapacity(n + n / 16) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound + kept]))
            out.append(contentsOf: replacement)
            copied = range.upperBound
        }
        var i = 0
        while i < n {
            let byte = bytes[i]
            if byte == 0x20, i + 1 < n {
                switch bytes[i + 1] {
                case UInt8(ascii: ":"):
                    replace(i..<i + 1, keeping: 0, with: nbsp)
                case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    replace(i..<i + 1, keeping: 0, with: narrowNbsp)
                case 0xC2 where i + 2 < n && bytes[i + 2] == 0xBB:  // " »"
                    replace(i..<i + 1, keeping: 0, with: nbsp)
                default:
                    break
                }
                i += 1
                continue
            }
            if byte == 0xC2, i + 2 < n, bytes[i + 1] == 0xAB, bytes[i + 2] == 0x20 {  // "« "
                replace(i..<i + 3, keeping: 2, with: nbsp)
                i += 3
                continue
            }
            i += 1
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return String(decoding: out, as: UTF8.self)
    }
}
