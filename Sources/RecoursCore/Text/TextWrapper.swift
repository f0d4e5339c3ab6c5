import Foundation

/// Wraps plain text to a number of columns, between words, keeping the indentation of list items.
public enum TextWrapper {
    /// Each line longer than `width` columns is broken between words; a continuation line is indented
    /// like the text after the line's own indentation and list marker ("1. ", "- ", "• ").
    /// A word longer than a whole line is cut, so that no line is ever wider than `width`.
    public static func wrap(_ text: String, width: Int) -> String {
        precondition(width >= 10, "a wrap width under 10 columns makes no sense")
        // `lines(of: text).flatMap { wrapLine(String($0), width: width) }.joined(separator: "\n")`, with the lines
        // that are simple (`SimpleLine`) wrapped from their bytes into one buffer: a 1 MB letter was 60 % of
        // `recours export`, most of it building a String for every word and every line.
        var text = text
        text.makeContiguousUTF8()
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 32 + 16)
        for (index, line) in lines(of: text).enumerated() {
            if index > 0 { out.append(0x0A) }
            let done =
                line.utf8.withContiguousStorageIfAvailable { bytes in
                    ByteWrap.append(bytes, of: line, width: width, to: &out)
                } ?? false
            if !done {
                for (n, wrapped) in wrapLine(String(line), width: width).enumerated() {
                    if n > 0 { out.append(0x0A) }
                    out.append(contentsOf: wrapped.utf8)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
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
    static let months: Set<String> = Set(DateWording.french.monthNames + DateWording.dutch.monthNames)

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
            // "480 €." and "100 %," stay together as "480 €" does (tester: "soit 480" then "€." alone).
            if let unit = next.first, unit == "€" || unit == "%", next.dropFirst().allSatisfy(\.isPunctuation) {
                return true
            }
            if lastWord.count <= 3, next.count >= 3, next.prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
                !(next.dropFirst(3).first.map { $0.isASCII && $0.isNumber } ?? false)
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
            // "480 €." and "100 %," stay together as "480 €" does (tester: "soit 480" then "€." alone).
            if let unit = next.first, unit == "€" || unit == "%", next.dropFirst().allSatisfy(\.isPunctuation) {
                return true
            }
            if lastWord.count <= 3, next.count >= 3, next.prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
                !(next.dropFirst(3).first.map { $0.isASCII && $0.isNumber } ?? false)
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
/// byte is a " " grapheme, and widths are counts of scalars (`DisplayWidth` gives 1 to each, the soft
/// hyphen included, as `wcwidth`), so the wrap can work on bytes and give exactly what it gives from graphemes.
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
    static func width(of scalar: Unicode.Scalar) -> Int? { width(ofValue: scalar.value) }

    @inline(__always)
    static func width(ofValue value: UInt32) -> Int? {
        switch value {
        case 0x20...0x7E: return 1
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

/// `TextWrapper.wrapLine` for a simple line (`SimpleLine`), read from its bytes and written straight into the
/// output: the same words (runs between space bytes), the same glue (`shouldGlue` asked only about the pairs it
/// can glue), the same greedy fill and cuts, each scalar one column (the soft hyphen too) as `DisplayWidth`
/// counts them there. `PerformanceEquivalenceTests` compares it with the wrap as first written.
enum ByteWrap {
    /// Appends the wrap of `line` (whose UTF-8 is `bytes`) to `out`, lines joined by line feeds; false, with
    /// nothing appended, when the line is not simple.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, of line: Substring, width: Int, to out: inout [UInt8])
        -> Bool
    {
        let n = bytes.count
        var total = 0
        var leading = 0
        var inLeading = true
        // The words (runs between space bytes after the leading spaces) and their columns.
        var wordStarts: [Int] = []
        var wordEnds: [Int] = []
        var wordWidths: [Int] = []
        var wordStart = -1
        var wordWidth = 0
        var i = 0
        while i < n {
            let c = bytes[i]
            let value: UInt32
            let length: Int
            if c < 0x80 {
                value = UInt32(c)
                length = 1
            } else if c >= 0xC0, c < 0xE0, i + 1 < n {
                value = UInt32(c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                length = 2
            } else if c >= 0xE0, c < 0xF0, i + 2 < n {
                value = UInt32(c & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                length = 3
            } else {
                return false
            }
            guard let w = SimpleLine.width(ofValue: value) else { return false }
            total += w
            if inLeading, c == 0x20 {
                leading += 1
            } else if c == 0x20 {
                if wordStart >= 0 {
                    wordStarts.append(wordStart)
                    wordEnds.append(i)
                    wordWidths.append(wordWidth)
                    wordStart = -1
                }
            } else {
                inLeading = false
                if wordStart < 0 {
                    wordStart = i
                    wordWidth = 0
                }
                wordWidth += w
            }
            i += length
        }
        if total <= width {
            out.append(contentsOf: bytes)
            return true
        }
        if wordStart >= 0 {
            wordStarts.append(wordStart)
            wordEnds.append(n)
            wordWidths.append(wordWidth)
        }
        // Constants from here on: the nested functions read them without exclusivity checks.
        let starts = wordStarts
        let ends = wordEnds
        let widths = wordWidths
        let utf8 = line.utf8
        func substring(_ k: Int) -> Substring {
            let low = utf8.index(utf8.startIndex, offsetBy: starts[k])
            return line[low..<utf8.index(low, offsetBy: ends[k] - starts[k])]
        }
        // Whether `shouldGlue(lastWord:_:)` can say yes: a next word ":", ";", "!", "?", "%" or short, not ASCII and
        // not a Latin letter ("»", "€"), a last word "«" or "n°" / "N°", or one starting with a digit (numbers,
        // "1er"). Only then is it asked.
        func glues(_ k: Int) -> Bool {
            let next = starts[k]
            let last = starts[k - 1]
            let nextLength = ends[k] - next
            let lastLength = ends[k - 1] - last
            let first = bytes[next]
            let candidate =
                (nextLength == 1
                    && (first == 0x3A || first == 0x3B || first == 0x21 || first == 0x3F || first == 0x25))
                || (nextLength <= 3 && !(next..<ends[k]).contains { bytes[$0] < 0x80 }
                    && !(nextLength == 2 && first == 0xC3))
                || (lastLength == 2 && bytes[last] == 0xC2 && bytes[last + 1] == 0xAB)
                || (lastLength == 3 && bytes[last] | 0x20 == UInt8(ascii: "n") && bytes[last + 1] == 0xC2
                    && bytes[last + 2] == 0xB0)
                || (bytes[last] >= 0x30 && bytes[last] <= 0x39)
            return candidate && TextWrapper.shouldGlue(lastWord: substring(k - 1), substring(k))
        }
        // `TextWrapper.hangingIndent`: the leading spaces and a list marker ("- ", "• ", "* ", "1. ", "12) ").
        var marker = 0
        func has(_ prefix: [UInt8], at offset: Int) -> Bool {
            offset + prefix.count <= n && prefix.indices.allSatisfy { bytes[offset + $0] == prefix[$0] }
        }
        if has([0x2D, 0x20], at: leading) || has([0xE2, 0x80, 0xA2, 0x20], at: leading)
            || has([0x2A, 0x20], at: leading)
        {
            marker = 2
        } else {
            var digits = 0
            while leading + digits < n, bytes[leading + digits] >= 0x30, bytes[leading + digits] <= 0x39 { digits += 1 }
            if digits > 0, digits <= 3,
                has([0x2E, 0x20], at: leading + digits) || has([0x29, 0x20], at: leading + digits)
            {
                marker = digits + 2
            }
        }
        let hanging = min(leading + marker, width / 2)
        // The line being filled is the end of `out`, from `lineStart`.
        var lineStart = out.count
        out.append(contentsOf: repeatElement(0x20, count: leading))
        var currentWidth = leading
        var finished = 0
        var lineHasWord = false
        func endLineAndStartNext() {
            while out.count > lineStart, out[out.count - 1] == 0x20 { out.removeLast() }
            finished += 1
            out.append(0x0A)
            lineStart = out.count
            out.append(contentsOf: repeatElement(0x20, count: hanging))
            currentWidth = hanging
        }
        var k = 0
        while k < starts.count {
            // A group: the word and those glued to it, joined by one space.
            let first = k
            var groupWidth = widths[k]
            k += 1
            while k < starts.count, glues(k) {
                groupWidth += 1 + widths[k]
                k += 1
            }
            func appendGroup() {
                for j in first..<k {
                    if j > first { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[starts[j]..<ends[j]]))
                }
            }
            let needed = groupWidth + (lineHasWord ? 1 : 0)
            if currentWidth + needed <= width {
                if lineHasWord { out.append(0x20) }
                appendGroup()
                currentWidth += needed
                lineHasWord = true
                continue
            }
            if lineHasWord {
                endLineAndStartNext()
                lineHasWord = false
            }
            if currentWidth + groupWidth <= width {
                appendGroup()
                currentWidth += groupWidth
                lineHasWord = true
                continue
            }
            // A word wider than a whole line is cut into pieces, a scalar at a time.
            var word: [UInt8] = []
            for j in first..<k {
                if j > first { word.append(0x20) }
                word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[starts[j]..<ends[j]]))
            }
            var wordWidth = groupWidth
            func scalarLength(at index: Int) -> Int {
                var length = 1
                while index + length < word.count, word[index + length] & 0xC0 == 0x80 { length += 1 }
                return length
            }
            func columns(from index: Int, length: Int) -> Int { 1 }
            var offset = 0
            while currentWidth + wordWidth > width {
                var cut = offset
                var pieceWidth = 0
                while cut < word.count {
                    let length = scalarLength(at: cut)
                    let w = columns(from: cut, length: length)
                    if currentWidth + pieceWidth + w > width { break }
                    pieceWidth += w
                    cut += length
                }
                if cut == offset {  // not even one character fits after the indent
                    let length = scalarLength(at: cut)
                    pieceWidth = columns(from: cut, length: length)
                    cut += length
                }
                out.append(contentsOf: word[offset..<cut])
                endLineAndStartNext()
                wordWidth -= pieceWidth
                offset = cut
            }
            if offset < word.count {
                out.append(contentsOf: word[offset...])
                currentWidth += wordWidth
                lineHasWord = true
            }
        }
        if lineHasWord || finished == 0 {
            while out.count > lineStart, out[out.count - 1] == 0x20 { out.removeLast() }
        } else {
            out.removeSubrange((lineStart - 1)...)  // the line started after the last one, and its line feed
        }
        return true
    }
}
