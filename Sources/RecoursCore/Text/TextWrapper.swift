import Foundation

/// Wraps plain text to a number of columns, between words, keeping the indentation of list items.
public enum TextWrapper {
    /// Each line longer than `width` columns is broken between words; a continuation line is indented
    /// like the text after the line's own indentation and list marker ("1. ", "- ", "• ").
    /// A word longer than a whole line is cut, so that no line is ever wider than `width`.
    public static func wrap(_ text: String, width: Int) -> String {
        precondition(width >= 10, "a wrap width under 10 columns makes no sense")
        return lines(of: text)
            .flatMap { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, from the bytes when that is the same: a
    /// line feed is a grapheme of its own, except after a carriage return ("\r\n" is one).
    public static func lines(of text: String) -> [Substring] {
        // Offsets of the line feeds, read from the bytes; nil when a "\r\n" is there.
        let feeds = text.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            var feeds: [Int] = []
            var previous: UInt8 = 0
            for i in bytes.indices {
                let byte = bytes[i]
                if byte == 0x0A {
                    if previous == 0x0D { return nil }
                    feeds.append(i)
                }
                previous = byte
            }
            return feeds
        }
        guard let found = feeds, let offsets = found else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        let utf8 = text.utf8
        var result: [Substring] = []
        result.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let feed = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(text[start..<feed])
            start = utf8.index(after: feed)
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    public static func wrapLine(_ line: String, width: Int) -> [String] {
        if let simple = SimpleLine(line) {
            // Every grapheme one scalar of known width: the same rule, reading bytes instead of graphemes.
            if simple.width <= width { return [line] }
            return fill(
                line, width: width, words: simple.words(after: simple.leadingSpaces),
                leadingSpaces: simple.leadingSpaces,
                measure: SimpleLine.width(of:))
        }
        if DisplayWidth.of(line) <= width { return [line] }
        let leading = line.prefix { $0 == " " }.count
        return fill(
            line, width: width,
            words: line.dropFirst(leading).split(separator: " ", omittingEmptySubsequences: true),
            leadingSpaces: leading,
            measure: { DisplayWidth.of($0) })
    }

    /// The wrap of a line wider than `width`: its words (split at spaces) in lines, greedily.
    private static func fill(
        _ line: String, width: Int, words ungluedWords: [Substring], leadingSpaces: Int, measure: (String) -> Int
    ) -> [String] {
        let hanging = hangingIndent(of: line, width: width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var isFirst = true
        let leading = String(repeating: " ", count: leadingSpaces)
        let words = gluedWords(ungluedWords)
        func startLine() {
            current = isFirst ? leading : String(repeating: " ", count: hanging)
            currentWidth = DisplayWidth.of(current)
        }
        startLine()
        var lineHasWord = false
        for wordSub in words {
            var word = String(wordSub)
            var wordWidth = measure(word)
            let needed = wordWidth + (lineHasWord ? 1 : 0)
            if currentWidth + needed <= width {
                if lineHasWord { current += " " }
                current += word
                currentWidth += needed
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(current)
                isFirst = false
                startLine()
                lineHasWord = false
            }
            // A word wider than a whole line is cut into pieces.
            while currentWidth + wordWidth > width {
                var piece = ""
                var pieceWidth = 0
                var rest = Substring(word)
                while let ch = rest.first, currentWidth + pieceWidth + DisplayWidth.of(ch) <= width {
                    piece.append(ch)
                    pieceWidth += DisplayWidth.of(ch)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty {  // not even one character fits after the indent
                    piece = String(rest.first!)
                    rest = rest.dropFirst()
                }
                lines.append(current + piece)
                isFirst = false
                startLine()
                word = String(rest)
                wordWidth = DisplayWidth.of(word)
            }
            if !word.isEmpty {
                current += word
                currentWidth += wordWidth
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(current) }
        return lines.map { $0.trailingSpacesRemoved }
    }

    /// French typography keeps some words on one line: "référence :", "« texte »", "8 septembre",
    /// "1 250 €", "n° 12". Such groups are wrapped as one word.
    static func gluedWords(_ words: [Substring]) -> [Substring] {
        var result: [String] = []
        // The last word of the last group: what `shouldGlue` looks at (the group is its words joined by " ").
        var lastWord: Substring = ""
        for word in words {
            if !result.isEmpty, shouldGlue(lastWord: lastWord, word) {
                result[result.count - 1] += " "
                result[result.count - 1] += word
            } else {
                result.append(String(word))
            }
            lastWord = word
        }
        return result.map { Substring($0) }
    }

    static let tightBefore: Set<String> = [":", ";", "!", "?", "»", "€", "%"]
    static let months: Set<String> = Set(FrenchDateFormat.monthNames)

    static func shouldGlue(_ previous: String, _ next: Substring) -> Bool {
        // The group's last word (words never contain " " and are joined by one " "), read from the end.
        let lastWord: Substring
        if let space = previous.lastIndex(of: " ") {
            lastWord = previous[previous.index(after: space)...]
        } else {
            lastWord = previous[...]
        }
        if lastWord.isEmpty { return shouldGlueSlowly(previous, next) }
        return shouldGlue(lastWord: lastWord, next)
    }

    /// `shouldGlue` given the last word of the group (never empty), as `gluedWords` knows it.
    static func shouldGlue(lastWord: Substring, _ next: Substring) -> Bool {
        // Called for every word of every letter: the same tests as `shouldGlueSlowly`, each first answered from
        // the bytes where that gives the same answer.
        // `tightBefore`: one-byte signs are compared as bytes; an ASCII word of several bytes equals none of them;
        // other short words are looked up (U+037E, for one, is canonically ";").
        let nextBytes = next.utf8.count
        if nextBytes == 1 {
            switch next.utf8.first! {
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "%"):
                return true
            default: break
            }
        } else if nextBytes <= 3, next.utf8.contains(where: { $0 >= 0x80 }), tightBefore.contains(String(next)) {
            return true
        }
        // "«" (2 bytes) and "n°" / "N°" (3 bytes): no other text equals them, or lowercases to "n°".
        let lastBytes = lastWord.utf8.count
        if lastBytes == 2, lastWord == "«" { return true }
        if lastBytes == 3, lastWord.lowercased() == "n°" { return true }
        // A number: ASCII digits only (as bytes, the same as graphemes), or "1er".
        let isNumber =
            lastBytes > 0 && lastWord.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            || lastWord.utf8.elementsEqual("1er".utf8)
        if isNumber {
            let stripped = Self.trimmingPunctuation(next)
            if months.contains(String(stripped)) { return true }
            if lastWord.count <= 3, next.count >= 3, next.prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
                next.dropFirst(3).allSatisfy({ !($0.isASCII && $0.isNumber) })
            {
                return true  // "1 250", "12 345,60"
            }
        }
        return false
    }

    private static let punctuation = CharacterSet.punctuationCharacters

    /// `trimmingCharacters(in: .punctuationCharacters)` without Foundation's UTF-16 copy. Foundation compares
    /// UTF-16 units, so a scalar outside the BMP (a surrogate pair) is never trimmed: nor is it here.
    static func trimmingPunctuation(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        func trims(_ scalar: Unicode.Scalar) -> Bool { scalar.value <= 0xFFFF && punctuation.contains(scalar) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trims(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trims(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }

    /// The rule as first written, for a group that ends with a space (which `gluedWords` never builds).
    static func shouldGlueSlowly(_ previous: String, _ next: Substring) -> Bool {
        if tightBefore.contains(String(next)) { return true }
        let lastWord = previous.split(separator: " ").last.map(String.init) ?? previous
        if lastWord == "«" || lastWord.lowercased() == "n°" { return true }
        let isNumber =
            !lastWord.isEmpty && lastWord.allSatisfy { $0.isASCII && $0.isNumber }
            || lastWord == "1er"
        if isNumber {
            let stripped = next.trimmingCharacters(in: .punctuationCharacters)
            if months.contains(stripped) { return true }
            if lastWord.count <= 3, next.count >= 3, next.prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
                next.dropFirst(3).allSatisfy({ !($0.isASCII && $0.isNumber) })
            {
                return true
            }
        }
        return false
    }

    /// Width of the indentation plus a list marker, capped so that text still fits.
    static func hangingIndent(of line: String, width: Int) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        var marker = 0
        if rest.hasPrefix("- ") || rest.hasPrefix("• ") || rest.hasPrefix("* ") {
            marker = 2
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
            if digits > 0, digits <= 3, rest.dropFirst(digits).hasPrefix(". ") || rest.dropFirst(digits).hasPrefix(") ")
            {
                marker = digits + 2
            }
        }
        return min(spaces + marker, width / 2)
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// A line whose graphemes are all single scalars of a known width: ASCII without control characters, the Latin
/// letters before the combining accents (U+00A0–U+02FF), the spaces, punctuation and currency signs of
/// U+2000–U+20C0 that never join their neighbours. French prose is made of these. For such a line a space
/// byte is a " " grapheme, and widths are counts of scalars (`DisplayWidth` gives 1 to each, 0 to the soft
/// hyphen), so the wrap can work on bytes and give exactly what it gives from graphemes.
struct SimpleLine {
    let line: String
    let width: Int
    let leadingSpaces: Int

    init?(_ line: String) {
        var width = 0
        var leading = 0
        var inLeading = true
        for scalar in line.unicodeScalars {
            guard let w = Self.width(of: scalar) else { return nil }
            width += w
            if inLeading {
                if scalar == " " { leading += 1 } else { inLeading = false }
            }
        }
        self.line = line
        self.width = width
        self.leadingSpaces = leading
    }

    /// Columns of a scalar of a simple line, nil for any other scalar.
    @inline(__always)
    static func width(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x20...0x7E: return 1
        case 0xAD: return 0
        case 0xA0...0x2FF: return 1
        case 0x2000...0x200A, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20C0: return 1
        default: return nil
        }
    }

    /// Columns of a text made of simple scalars.
    static func width(of text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) ?? 1 }
        return total
    }

    /// The words after the leading spaces: the runs between space bytes.
    func words(after leadingSpaces: Int) -> [Substring] {
        let line = self.line
        let ranges =
            line.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
                var ranges: [Range<Int>] = []
                var start = leadingSpaces
                for i in leadingSpaces..<bytes.count where bytes[i] == 0x20 {
                    if start != i { ranges.append(start..<i) }
                    start = i + 1
                }
                if start < bytes.count { ranges.append(start..<bytes.count) }
                return ranges
            } ?? Self.wordRanges(Array(line.utf8), after: leadingSpaces)
        let utf8 = line.utf8
        return ranges.map { range in
            let low = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return line[low..<utf8.index(low, offsetBy: range.count)]
        }
    }

    private static func wordRanges(_ bytes: [UInt8], after leadingSpaces: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = leadingSpaces
        for i in leadingSpaces..<bytes.count where bytes[i] == 0x20 {
            if start != i { ranges.append(start..<i) }
            start = i + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
