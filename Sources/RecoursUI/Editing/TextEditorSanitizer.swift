extension TextEditor {
    /// What typed or pasted text becomes before it is stored: nothing in it can move the terminal's cursor,
    /// change its colours or its title.
    ///
    /// - Terminal escape sequences are dropped whole: CSI (`ESC [` … final byte, or the C1 `U+009B`),
    ///   OSC / DCS / SOS / PM / APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms,
    ///   up to BEL, `ESC \` or `U+009C`; an unterminated one up to the end), `ESC` + intermediate bytes +
    ///   a final byte (`ESC ( B`), and `ESC` + one character (`ESC 7`, `ESC c`).
    /// - Line breaks (`\n`, `\r\n`, a lone `\r` — what terminals send for a line in a paste — and
    ///   U+2028 / U+2029) become `\n` in a multi-line field and a space in a single-line field.
    /// - A tab becomes one space.
    /// - Every other C0 control, DEL and the C1 controls are removed.
    public static func sanitize(_ input: String, multiline: Bool) -> String {
        // Fast path: most typed keys and most pastes have nothing to clean.
        if !input.unicodeScalars.contains(where: needsCleaning) { return input }
        let scalars = Array(input.unicodeScalars)
        let n = scalars.count
        let lineBreak: Unicode.Scalar = multiline ? "\n" : " "
        var output = String.UnicodeScalarView()
        var i = 0
        while i < n {
            let scalar = scalars[i]
            switch scalar.value {
            case 0x1B:
                i = endOfEscape(scalars, escapeAt: i)
            case 0x9B:
                i = endOfControlSequence(scalars, from: i + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                i = endOfControlString(scalars, from: i + 1)
            case 0x0D:
                output.append(lineBreak)
                i += (i + 1 < n && scalars[i + 1] == "\n") ? 2 : 1
            case 0x0A, 0x2028, 0x2029:
                output.append(lineBreak)
                i += 1
            case 0x09:
                output.append(" ")
                i += 1
            case 0x00..<0x20, 0x7F..<0xA0:
                i += 1
            default:
                output.append(scalar)
                i += 1
            }
        }
        return String(output)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// Index just after the escape sequence that starts with the ESC at `escapeAt`.
    private static func endOfEscape(_ s: [Unicode.Scalar], escapeAt i: Int) -> Int {
        let j = i + 1
        guard j < s.count else { return j }
        switch s[j].value {
        case 0x5B:  // ESC [ : control sequence
            return endOfControlSequence(s, from: j + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ESC ] OSC, ESC P DCS, ESC X SOS, ESC ^ PM, ESC _ APC
            return endOfControlString(s, from: j + 1)
        case 0x20...0x2F:  // intermediate bytes, then a final byte: ESC ( B, ESC # 8…
            var k = j
            while k < s.count, (0x20...0x2F).contains(s[k].value) { k += 1 }
            if k < s.count, (0x30...0x7E).contains(s[k].value) { k += 1 }
            return k
        case 0x30...0x7E:  // ESC + one character: ESC 7, ESC c, ESC M…
            return j + 1
        default:  // ESC before a control or a non-ASCII character: only the ESC goes
            return j
        }
    }

    /// Skips the parameter and intermediate bytes of a control sequence and its final byte.
    /// A malformed sequence ends at the first character that cannot belong to it (which is then kept or cleaned
    /// on its own).
    private static func endOfControlSequence(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < s.count {
            let v = s[k].value
            if (0x40...0x7E).contains(v) { return k + 1 }
            if (0x20...0x3F).contains(v) {
                k += 1
                continue
            }
            return k
        }
        return k
    }

    /// Skips an OSC, DCS, SOS, PM or APC string up to its terminator (BEL, ESC \ or ST), which is skipped too.
    /// Another ESC ends the string and starts a new sequence.
    private static func endOfControlString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < s.count {
            switch s[k].value {
            case 0x07, 0x9C: return k + 1
            case 0x1B: return (k + 1 < s.count && s[k + 1] == "\\") ? k + 2 : k
            default: k += 1
            }
        }
        return k
    }
}
