import Foundation

extension StringProtocol {
    /// The text without surrounding spaces and line breaks (`CharacterSet.whitespacesAndNewlines`, as
    /// Foundation's `trimmingCharacters(in:)` gives it).
    ///
    /// Reads only the ends of the text and returns it as it is when there is nothing to trim: a 1 MB text is
    /// checked this way on every key the wizard handles, and Foundation's version copies it through UTF-16.
    public var trimmed: String { String(self).trimmingSpacesAndLineBreaks() }

    /// True when the text holds nothing but spaces and line breaks (`trimmed.isEmpty`, without the copy).
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { blankScalars.contains($0) }
    }
}

private let blankScalars = CharacterSet.whitespacesAndNewlines

extension String {
    func trimmingSpacesAndLineBreaks() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, blankScalars.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard blankScalars.contains(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        // Scalar bounds (a combining accent after a trimmed space stays), as Foundation cuts.
        return String(scalars[start..<end])
    }
}

extension String {
    /// Words, for the "a real description, not two words" rules.
    public var wordCount: Int {
        split(whereSeparator: Self.separatesWords).count
    }

    /// Whether the text has at least `minimum` words (as counted by `wordCount`); reads only as far as needed.
    public func hasWords(atLeast minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        var words = 0
        var inWord = false
        for character in self {
            if Self.separatesWords(character) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= minimum { return true }
            }
        }
        return false
    }

    static func separatesWords(_ character: Character) -> Bool { character.isWhitespace || character.isPunctuation }

    /// The text with control characters (including terminal escape sequences' ESC) removed,
    /// line breaks and tabs kept: what may go into a letter or onto a screen.
    public var withoutControlCharacters: String {
        // Most texts have nothing to remove: checked first, without building a copy (from the bytes when they are
        // contiguous: C0 controls but the line feed, DEL, the C1 controls U+0080–U+009F as C2 80–C2 9F, U+2028 and
        // U+2029 as E2 80 A8/A9; a lead byte is never a continuation byte, so every byte can be looked at).
        let clean = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n {
                let c = bytes[i]
                if c < 0x20 {
                    if c != 0x0A { return false }
                } else if c == 0x7F {
                    return false
                } else if c == 0xC2, i + 1 < n, bytes[i + 1] < 0xA0 {
                    return false
                } else if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    return false
                }
                i += 1
            }
            return true
        }
        if clean == true { return self }
        if clean == nil,
            unicodeScalars.allSatisfy({
                $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) && $0.value != 0x2028 && $0.value != 0x2029
                    || $0.value == 0x0A
            })
        {
            return self
        }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: scalars.append(scalar)
            case 0x09: scalars.append(" ")
            case 0x0D: continue
            case 0x00..<0x20, 0x7F..<0xA0: continue
            case 0x2028, 0x2029: scalars.append("\n")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
