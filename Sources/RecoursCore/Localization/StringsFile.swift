/// Reads a `.strings` file (`"key" = "value";`, with `/* */` and `//` comments) into its table.
///
/// Hand-written rather than Foundation's `PropertyListDecoder`, which reads the format too: the decoder turns the
/// whole file into UTF-16 and through a general property-list parser, and the interface's texts are read before
/// the first screen of every start (≈ 1,100 texts in ten files: a seventh of the start-up's work in a profile of
/// `recours new`). This reads the UTF-8 bytes once. It reads what the format holds as Foundation does — a byte
/// order mark, comments, `"key";` for a text equal to its key, the escapes `\n`, `\t`, `\r`, `\a`, `\b`, `\f`,
/// `\v`, octal `\012` (up to `\177`), `\UXXXX` (four hex digits), and any other escaped character as itself
/// (`\"`, `\\`, `\%`, `\u`) — and refuses the rest (unquoted words, nested dictionaries, octal escapes above
/// `\177`, which Foundation reads in the NeXTSTEP encoding) with the line where it stopped. `StringsFileTests`
/// compares it with `PropertyListDecoder` on the shipped files and on generated ones.
public enum StringsFile {
    public struct SyntaxError: Error, Equatable, Sendable {
        /// 1-based line of the byte where reading stopped.
        public var line: Int
        public var reason: String
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> [String: String] {
        try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in try parse(buffer) }
    }

    /// Over the bytes without copies or bounds checks: read before the first screen of every start.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [String: String] {
        var reader = Reader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        var table: [String: String] = [:]
        // About one text per 80 bytes in the shipped files: one allocation instead of a dozen growths.
        table.reserveCapacity(bytes.count / 80)
        while true {
            try reader.skipBlanks()
            guard let byte = reader.peek() else { break }
            guard byte == UInt8(ascii: "\"") else { throw reader.error("a quoted key was expected") }
            let key = try reader.quoted()
            try reader.skipBlanks()
            if reader.peek() == UInt8(ascii: ";") {
                // `"key";`: the text is the key itself.
                reader.index += 1
                table[key] = key
                continue
            }
            try reader.expect(UInt8(ascii: "="))
            try reader.skipBlanks()
            guard reader.peek() == UInt8(ascii: "\"") else { throw reader.error("a quoted text was expected") }
            let value = try reader.quoted()
            try reader.skipBlanks()
            try reader.expect(UInt8(ascii: ";"))
            // The property-list reading keeps the last of a key given twice.
            table[key] = value
        }
        return table
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        func error(_ reason: String) -> SyntaxError {
            let line = 1 + bytes[..<min(index, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return SyntaxError(line: line, reason: reason)
        }

        mutating func expect(_ byte: UInt8) throws(SyntaxError) {
            guard peek() == byte else { throw error("“\(Character(Unicode.Scalar(byte)))” was expected") }
            index += 1
        }

        /// Spaces, line breaks and comments.
        mutating func skipBlanks() throws(SyntaxError) {
            while let byte = peek() {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                    index += 1
                case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                    index += 2
                    while !(peek() == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                        guard peek() != nil else { throw error("a comment is not closed") }
                        index += 1
                    }
                    index += 2
                case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                    while let b = peek(), b != 0x0A { index += 1 }
                default:
                    return
                }
            }
        }

        /// A quoted string from its opening quote, escapes read.
        mutating func quoted() throws(SyntaxError) -> String {
            index += 1
            // Most texts have no escape: their bytes are the text, read in one go.
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[index..<end], as: UTF8.self) else {
                    throw error("the text is not UTF-8")
                }
                index = end + 1
                return text
            }
            var out: [UInt8] = []
            var runStart = index
            while true {
                guard let byte = peek() else { throw error("a quoted text is not closed") }
                if byte == UInt8(ascii: "\"") {
                    out += bytes[runStart..<index]
                    index += 1
                    break
                }
                guard byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                out += bytes[runStart..<index]
                guard let escaped = peek(1) else { throw error("a quoted text is not closed") }
                index += 2
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "a"): out.append(0x07)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "v"): out.append(0x0B)
                case UInt8(ascii: "U"):
                    var value: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = peek().flatMap(Self.hexValue) else {
                            throw error("\\U needs four hexadecimal digits")
                        }
                        value = value << 4 | digit
                        index += 1
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw error("\\U names no character") }
                    out += Array(String(Character(scalar)).utf8)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = UInt32(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard let digit = peek(), digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "7") else { break }
                        value = value << 3 | UInt32(digit - UInt8(ascii: "0"))
                        index += 1
                    }
                    guard value <= 0o177 else { throw error("octal escapes above \\177 are not read") }
                    out.append(UInt8(value))
                default:
                    // Any other escaped character is itself (`\"`, `\\`, `\%`, and `\u`, which is not an escape).
                    out.append(escaped)
                }
                runStart = index
            }
            guard let text = String(validating: out, as: UTF8.self) else { throw error("the text is not UTF-8") }
            return text
        }

        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
    }
}
