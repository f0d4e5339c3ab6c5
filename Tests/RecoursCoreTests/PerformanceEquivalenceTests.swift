// The wrapping, date parsing and trimming code as it was before the performance work, kept here as the
// reference the faster versions must match exactly (see BENCHMARKS.md).
import Foundation
import Testing

@testable import RecoursCore

extension String {
    var referenceTrailingSpacesRemoved: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Wraps plain text to a number of columns, between words, keeping the indentation of list items.
enum ReferenceTextWrapper {
    /// Each line longer than `width` columns is broken between words; a continuation line is indented
    /// like the text after the line's own indentation and list marker ("1. ", "- ", "• ").
    /// A word longer than a whole line is cut, so that no line is ever wider than `width`.
    static func wrap(_ text: String, width: Int) -> String {
        precondition(width >= 10, "a wrap width under 10 columns makes no sense")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> [String] {
        if DisplayWidth.of(line) <= width { return [line] }
        let hanging = hangingIndent(of: line, width: width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var isFirst = true
        let leading = String(line.prefix { $0 == " " })
        let words = gluedWords(line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true))
        func startLine() {
            current = isFirst ? leading : String(repeating: " ", count: hanging)
            currentWidth = DisplayWidth.of(current)
        }
        startLine()
        var lineHasWord = false
        for wordSub in words {
            var word = String(wordSub)
            var wordWidth = DisplayWidth.of(word)
            let needed = wordWidth + (lineHasWord ? 1 : 0)
            if currentWidth + needed <= width {
                current += (lineHasWord ? " " : "") + word
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
        return lines.map { $0.referenceTrailingSpacesRemoved }
    }

    /// French typography keeps some words on one line: "référence :", "« texte »", "8 septembre",
    /// "1 250 €", "n° 12". Such groups are wrapped as one word.
    static func gluedWords(_ words: [Substring]) -> [Substring] {
        var result: [String] = []
        for word in words {
            if let last = result.last, shouldGlue(last, word) {
                result[result.count - 1] = last + " " + word
            } else {
                result.append(String(word))
            }
        }
        return result.map { Substring($0) }
    }

    static let tightBefore: Set<String> = [":", ";", "!", "?", "»", "€", "%"]
    static let months: Set<String> = Set(DateWording.french.monthNames + DateWording.dutch.monthNames)

    static func shouldGlue(_ previous: String, _ next: Substring) -> Bool {
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
                return true  // "1 250", "12 345,60"
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

enum ReferenceDateParser {
    static func parse(_ input: String) -> Result<CalendarDate, DateParseError> {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.empty) }
        let separators: Set<Character> = ["/", ".", "-"]
        var parts: [Substring] = []
        var separatorsSeen: [Character] = []
        var current = Substring()
        for ch in text {
            if separators.contains(ch) {
                parts.append(current)
                separatorsSeen.append(ch)
                current = Substring()
            } else if ch.isASCII, ch.isNumber {
                current.append(ch)
            } else {
                return .failure(.unrecognizedFormat(text))
            }
        }
        parts.append(current)
        guard parts.count == 3, Set(separatorsSeen).count == 1, parts.allSatisfy({ !$0.isEmpty }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return .failure(.unrecognizedFormat(text)) }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4, separatorsSeen[0] == "-", parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (a, b, c)
        } else if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
            (year, month, day) = (c, b, a)
        } else {
            return .failure(.unrecognizedFormat(text))
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .failure(.notARealDate(text))
        }
        return .success(date)
    }
}

/// Old `withoutControlCharacters`, without the fast path.
func referenceWithoutControlCharacters(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
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

/// Deterministic random text from pieces that exercise the rules (and some that defeat the fast paths).
struct TextMaker {
    var state: UInt64

    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }

    static let words = [
        "la", "mutualité", "a", "refusé", "le", "remboursement", "des", "séances", "de", "kinésithérapie", "n°",
        "N°", "12", "1", "250", "€", "1er", "septembre", "8", "janvier", "«", "»", ":", ";", "!", "?", "%",
        "référence", "INC/2026/118342", "anticonstitutionnellement-et-encore-plus-long-que-la-ligne-entiere",
        "œuvre", "ça", "–", "…", "’", "\u{00A0}", "\u{202F}", "\u{00AD}", "- ", "• ", "1. ", "2) ",
    ]
    static let hostile = [
        "e\u{301}", "👍🏽", "🇧🇪", "中文", "\r\n", "\t", "\u{200B}", " \u{301}", "\u{0600} ", "\u{2028}",
        "\u{037E}", "(septembre)", "n\u{B0}", "N\u{B0}", "\u{212A}", "\u{10100}",
    ]

    mutating func text(words count: Int, hostile: Bool) -> String {
        var out = ""
        for i in 0..<count {
            if i > 0 { out += next(9) == 0 ? "  " : " " }
            if next(23) == 0 { out += "\n" }
            if next(31) == 0 { out += "   " }
            if hostile, next(12) == 0 {
                out += Self.hostile[next(Self.hostile.count)]
            } else {
                out += Self.words[next(Self.words.count)]
            }
        }
        return out
    }
}

@Suite struct PerformanceEquivalenceTests {
    @Test func wrapIsTheSameAsBefore() {
        var maker = TextMaker(state: 42)
        for round in 0..<400 {
            let text = maker.text(words: 5 + maker.next(120), hostile: round % 3 == 0)
            for width in [10, 17, 40, 78] {
                #expect(
                    TextWrapper.wrap(text, width: width) == ReferenceTextWrapper.wrap(text, width: width),
                    "width \(width): \(text.debugDescription)")
            }
        }
    }

    /// The lines the byte wrap (`ByteWrap`) finds hardest, against the reference: indentation wider than the line,
    /// soft hyphens in words cut in pieces, several spaces between words, glued groups wider than the line, a
    /// line exactly as wide as the width, list markers.
    @Test func wrapFromBytesIsTheSameOnItsEdgeCases() {
        let cut = "anticonstitution\u{AD}nellement\u{AD}et\u{AD}encore"
        let lines = [
            String(repeating: " ", count: 15) + "mot et un autre mot", String(repeating: " ", count: 12),
            cut + " " + cut, "a  b   c    " + cut, "n° 12 345 678 901 « citation » : fin ; oui !", "1er janvier 2026",
            "- une liste dont la ligne est longue et continue", "12) point numéroté qui dépasse la largeur",
            String(repeating: "é", count: 10), String(repeating: "x", count: 11), "€ 1 250 € et 8 septembre 2026 %",
            "   • retrait et puce puis " + cut, "\u{202F}»\u{00A0}« – … ’",
        ]
        for line in lines {
            for width in [10, 11, 13, 20, 78] {
                #expect(
                    TextWrapper.wrap(line, width: width) == ReferenceTextWrapper.wrap(line, width: width),
                    "width \(width): \(line.debugDescription)")
            }
        }
        let all = lines.joined(separator: "\n")
        #expect(TextWrapper.wrap(all, width: 12) == ReferenceTextWrapper.wrap(all, width: 12))
    }

    @Test func linesAreTheSplitAtLineFeeds() {
        for text in ["", "\n", "a\nb", "a\r\nb\n", "\n\n", "é\n\u{301}x", "a\r\n"] {
            #expect(TextWrapper.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    @Test func datesAreReadAsBefore() {
        var maker = TextMaker(state: 7)
        let pieces = [
            "1", "01", "12", "31", "2026", "0", "99", "/", ".", "-", " ", "a", "é", "\u{301}", "٣", "１",
            "99999999999999999999", "000000000000000000001", "\n", "29", "02", "2024", "2025",
        ]
        var inputs = [
            "", " ", "22/11/2026", "2026-11-22", "1.1.2000", "31/02/2026", "2026/11/22", "22-11-2026",
            " 22/11/2026\n", "22/11/2026/1", "22//2026", "22/11-2026", "1\u{301}/1/2000", "1/1/２０００",
        ]
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + maker.next(7)) { s += pieces[maker.next(pieces.count)] }
            inputs.append(s)
        }
        for input in inputs {
            #expect(DateParser.parse(input) == ReferenceDateParser.parse(input), "\(input.debugDescription)")
        }
    }

    @Test func trimmedIsFoundationsTrim() {
        let blanks = [
            " ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2028}", "\u{3000}", "\u{200B}", "\u{85}", "\u{FEFF}", "\u{180E}",
        ]
        let others = ["a", "é", "e\u{301}", "\u{301}", "中", "👍🏽", "-", ".", "\u{0}"]
        var maker = TextMaker(state: 3)
        var inputs = ["", " ", "  a  ", " \u{301}a", "a \u{301}"]
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<maker.next(6) {
                s += maker.next(2) == 0 ? blanks[maker.next(blanks.count)] : others[maker.next(others.count)]
            }
            inputs.append(s)
        }
        for input in inputs {
            let expected = input.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(input.trimmed.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(input.debugDescription)")
            #expect(input.isBlank == expected.isEmpty, "\(input.debugDescription)")
            let sub = input.dropFirst(min(1, input.count))
            #expect(
                sub.trimmed.unicodeScalars.elementsEqual(
                    sub.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
        }
    }

    @Test func wordCountsStopEarlyWithTheSameAnswer() {
        var maker = TextMaker(state: 11)
        for round in 0..<300 {
            let text = maker.text(words: maker.next(15), hostile: round % 2 == 0)
            for n in 0...12 {
                #expect(text.hasWords(atLeast: n) == (text.wordCount >= n), "\(text.debugDescription) \(n)")
            }
        }
    }

    @Test func controlCharactersAreRemovedAsBefore() {
        var maker = TextMaker(state: 5)
        for round in 0..<500 {
            var text = maker.text(words: maker.next(10), hostile: round % 2 == 0)
            if round % 4 == 0 { text += ["\u{1B}[31m", "\u{7F}", "\u{9B}", "\r", "\u{2029}"][maker.next(5)] }
            #expect(
                text.withoutControlCharacters.unicodeScalars.elementsEqual(
                    referenceWithoutControlCharacters(text).unicodeScalars))
        }
        // Every scalar the byte check tells apart, between letters and at the end.
        let values = Array(0x00...0x17F) + Array(0x2000...0x206F) + [0xFEFF, 0x1F600]
        for value in values {
            let scalar = String(Character(Unicode.Scalar(UInt32(value))!))
            for text in ["a" + scalar + "é", "é" + scalar] {
                #expect(
                    text.withoutControlCharacters.unicodeScalars.elementsEqual(
                        referenceWithoutControlCharacters(text).unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func displayWidthFastPathsAgreeWithTheRule() {
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(DisplayWidth.of(character) == DisplayWidth.slowWidth(character), "U+\(String(value, radix: 16))")
        }
        for text in ["e\u{301}", "\r\n", "👍🏽", "🇧🇪", "a\u{FE0F}", "中", "\u{AD}"] {
            let character = Character(text)
            #expect(DisplayWidth.of(character) == DisplayWidth.slowWidth(character))
        }
    }

    @Test func simpleLineWidthsAreDisplayWidths() {
        for value in 0..<0x2100 {
            guard let scalar = Unicode.Scalar(value), let width = SimpleLine.width(of: scalar) else { continue }
            #expect(width == DisplayWidth.of(Character(scalar)), "U+\(String(value, radix: 16))")
            // Each of them is a grapheme of its own, whatever comes before or after it.
            for neighbour in ["a", "é", " ", "\u{2019}"] {
                #expect(
                    ("x" + String(scalar) + neighbour).count == 2 + neighbour.count, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func punctuationIsTrimmedAsFoundationDoes() {
        let inputs = [
            "", ".", "septembre,", "(janvier)", "«mars»", ".\u{301}avril", "\u{10100}mai\u{10100}", "¿août?",
            "\u{037E}juin", "--", "juillet…", "1er", "é.", ".\u{FE0F}",
        ]
        for input in inputs {
            let sub = Substring(input)
            #expect(
                String(TextWrapper.trimmingPunctuation(sub)).unicodeScalars.elementsEqual(
                    sub.trimmingCharacters(in: .punctuationCharacters).unicodeScalars), "\(input.debugDescription)")
        }
    }

    @Test func holidaysAreTheListsDays() {
        for country in [Country.belgium, .france] {
            for year in 1990...2060 {
                let list = Set(PublicHolidays.holidays(year: year, country: country).map(\.date))
                var date = CalendarDate(year: year, month: 1, day: 1)!
                while date.year == year {
                    #expect(PublicHolidays.isHoliday(date, country: country) == list.contains(date), "\(date)")
                    date = date.adding(days: 1)
                }
            }
        }
    }

    @Test func concurrentMapKeepsTheOrder() {
        let items = Array(0..<1000)
        #expect(DraftStore.concurrentMap(items) { $0 * 2 } == items.map { $0 * 2 })
        #expect(DraftStore.concurrentMap([Int]()) { $0 }.isEmpty)
    }
}
