import RecoursCore
import RecoursTestSupport
import Testing

@testable import RecoursUI

/// The compact cell (UTF-8 bytes inline, width measured once) and `ScreenBuffer.put`'s byte path, against the
/// plain reading of the text by `Character` and `DisplayWidth.of` (the way `put` was first written).
@Suite struct ScreenCellTests {
    /// Graphemes of every kind `put` meets: ASCII, controls, Latin letters (one and two bytes), letters with
    /// combining accents after them, CR LF, C1 controls, symbols, wide CJK, emoji, flags, and sequences longer than
    /// a cell holds inline (interned).
    static let pieces: [String] = [
        "a", "Z", " ", "'", "~", "\t", "\n", "\r\n", "\r", "\u{7F}", "\u{1B}", "\u{85}", "\u{9F}", "\u{A0}", "é",
        "È", "ç", "œ", "ß", "ĳ", "ǅ", "ʼ", "\u{2FF}", "e\u{301}", "é\u{301}", "a\u{308}\u{323}", "\u{301}", "\u{300}",
        "«", "»", "€", "–", "—", "…", "\u{202F}", "\u{200B}", "\u{200D}", "日", "本", "한", "😀", "👍🏽", "🇧🇪",
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}", "Ω", "Ж", "ا", "\u{FE0F}", "x\u{FE0F}",
    ]

    @Test func aCellGivesBackItsGraphemeItsBytesAndItsWidth() {
        for piece in Self.pieces {
            for character in piece {
                let cell = Cell(character: character, style: .input, isContinuation: false)
                #expect(cell.character == character)
                #expect(cell.withUTF8 { Array($0) } == Array(String(character).utf8))
                #expect(Int(cell.width) == DisplayWidth.of(character))
                let scalars = Array(character.unicodeScalars)
                #expect(cell.singleScalar == (scalars.count == 1 ? scalars[0] : nil))
                #expect(cell.isSpace == (character == " "))
                #expect(cell == Cell(character: character, style: .input, isContinuation: false))
                #expect(cell != Cell(character: character, style: .label, isContinuation: false))
            }
        }
        // Long graphemes are numbered once: equal graphemes make equal cells, different ones different cells.
        let family = Cell(character: "👨‍👩‍👧‍👦", style: .normal, isContinuation: false)
        #expect(family == Cell(character: "👨‍👩‍👧‍👦", style: .normal, isContinuation: false))
        #expect(family != Cell(character: "👨‍👩‍👧", style: .normal, isContinuation: false))
    }

    /// What `put` drew, cell by cell: the plain reading by `Character`.
    struct ReferenceCell: Equatable {
        var character: Character
        var style: Style
        var isContinuation: Bool
    }

    static func referencePut(
        _ text: String, into row: inout [ReferenceCell], x: Int, style: Style, maxWidth: Int?
    ) -> Int {
        let width = row.count
        guard x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        func write(_ character: Character, _ w: Int, _ col: Int) {
            if row[col].isContinuation, col > 0 {
                row[col - 1] = ReferenceCell(character: " ", style: row[col - 1].style, isContinuation: false)
            }
            row[col] = ReferenceCell(character: character, style: style, isContinuation: false)
            if w == 2 { row[col + 1] = ReferenceCell(character: " ", style: style, isContinuation: true) }
            if col + w < width, row[col + w].isContinuation {
                row[col + w] = ReferenceCell(character: " ", style: row[col + w].style, isContinuation: false)
            }
        }
        var col = x
        var rest = text.startIndex
        var cut = false
        while rest < text.endIndex {
            let character = text[rest]
            let w = DisplayWidth.of(character)
            if w == 0 {
                rest = text.index(after: rest)
                continue
            }
            if col + w > limit {
                cut = text[rest...].contains { $0 != " " && DisplayWidth.of($0) > 0 }
                break
            }
            if col >= 0 { write(character, w, col) }
            col += w
            rest = text.index(after: rest)
        }
        guard cut, limit - x >= 1 else { return col - x }
        var end = col
        if end + 1 > limit {
            end = limit - 1
            if end > 0, end > x, row[end].isContinuation { end -= 1 }
        }
        if end >= 0, end < width {
            if end + 1 < col, end + 1 < width {
                row[end + 1] = ReferenceCell(character: " ", style: style, isContinuation: false)
            }
            write("…", 1, end)
        }
        return end + 1 - x
    }

    @Test func putDrawsWhatThePlainReadingDraws() {
        var random = SeededRandom(seed: 2026_12_01)
        let styles: [Style] = [.normal, .input, .label, .error]
        for round in 0..<3000 {
            let width = Int.random(in: 1...24, using: &random)
            var buffer = ScreenBuffer(width: width, height: 1)
            var reference = Array(
                repeating: ReferenceCell(character: " ", style: .normal, isContinuation: false), count: width)
            // Several texts over each other, so that wide characters are overwritten by halves.
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                var text = ""
                for _ in 0..<Int.random(in: 0...14, using: &random) {
                    text += Self.pieces.randomElement(using: &random)!
                }
                let x = Int.random(in: -3...width, using: &random)
                let maxWidth = Bool.random(using: &random) ? nil : Int.random(in: 0...width, using: &random)
                let style = styles.randomElement(using: &random)!
                let used = buffer.put(text, x: x, y: 0, style: style, maxWidth: maxWidth)
                let expected = Self.referencePut(text, into: &reference, x: x, style: style, maxWidth: maxWidth)
                #expect(used == expected, "round \(round): \(text.debugDescription) at \(x)")
            }
            let drawn = (0..<width).map { col in
                let cell = buffer[col, 0]
                return ReferenceCell(character: cell.character, style: cell.style, isContinuation: cell.isContinuation)
            }
            #expect(drawn == reference, "round \(round)")
            for col in 0..<width {
                #expect(Int(buffer[col, 0].width) == DisplayWidth.of(buffer[col, 0].character))
            }
            if drawn != reference { return }
        }
    }
}
