import Foundation
import RecoursCore

/// What a cell looks like. The terminal layer maps each role to colours (or to bold/reverse without colours).
public enum Style: UInt8, Sendable, Equatable, CaseIterable {
    case normal, title, label, focused, input, inputFocused, error, warning, ok, muted, keyHint, selection, dialog
    /// What an empty input stands for (the address the letters take from the catalog), dimmed in the input, focused
    /// or not: it is not a value the member typed.
    case placeholder, placeholderFocused

    /// One letter per style, for readable snapshots in tests.
    public var code: Character {
        switch self {
        case .normal: " "
        case .title: "T"
        case .label: "l"
        case .focused: "F"
        case .input: "i"
        case .inputFocused: "I"
        case .error: "E"
        case .warning: "W"
        case .ok: "O"
        case .muted: "m"
        case .keyHint: "k"
        case .selection: "S"
        case .dialog: "D"
        case .placeholder: "p"
        case .placeholderFocused: "P"
        }
    }
}

/// One cell: a grapheme cluster and its style. A double-width character fills its cell and marks
/// the next one as its continuation, which the terminal layer skips.
///
/// A cell holds its grapheme's UTF-8 bytes inline (up to 15; a longer one, such as an emoji family joined by
/// zero-width joiners, is interned in `LongGraphemes` and held by number) and its width in columns, worked out once
/// when the cell is made. So a cell is a plain value of 24 bytes: a frame of 1,920 cells is copied, compared and
/// freed without a reference count per cell, and the terminal layer never measures a character again (a `Character`
/// per cell cost a retain and a release at every copy, and its width was looked up at every frame).
public struct Cell: Equatable, Sendable {
    /// Bytes 0–7 and 8–14 of the grapheme's UTF-8; the top byte of `high` is the byte count, or
    /// `Cell.internedMark` when `low` is the number of an interned grapheme.
    private var low: UInt64
    private var high: UInt64
    public var style: Style
    public var isContinuation: Bool
    /// Columns the grapheme takes on a terminal (`DisplayWidth.of`): 0, 1 or 2.
    public private(set) var width: UInt8

    private static let internedMark: UInt64 = 0xFF

    public static let blank = Cell(byte: 0x20, style: .normal)

    public init(character: Character, style: Style, isContinuation: Bool) {
        self.init(character, width: DisplayWidth.of(character), style: style, isContinuation: isContinuation)
    }

    /// A cell whose width the caller has already measured (`ScreenBuffer.put`).
    init(_ character: Character, width: Int, style: Style, isContinuation: Bool = false) {
        let utf8 = character.utf8
        var low: UInt64 = 0
        var high: UInt64 = 0
        let count = utf8.count
        if count <= 15 {
            var index = 0
            for byte in utf8 {
                if index < 8 {
                    low |= UInt64(byte) << (8 * UInt64(index))
                } else {
                    high |= UInt64(byte) << (8 * UInt64(index - 8))
                }
                index += 1
            }
            high |= UInt64(count) << 56
        } else {
            low = UInt64(LongGraphemes.number(of: character))
            high = Self.internedMark << 56
        }
        self.low = low
        self.high = high
        self.style = style
        self.isContinuation = isContinuation
        self.width = UInt8(width)
    }

    /// A cell of one ASCII byte or of one two-byte scalar (U+0080–U+07FF), of one column or none.
    init(byte: UInt8, style: Style, isContinuation: Bool = false) {
        low = UInt64(byte)
        high = 1 << 56
        self.style = style
        self.isContinuation = isContinuation
        width = byte >= 0x20 && byte != 0x7F ? 1 : 0
    }

    init(lead: UInt8, trail: UInt8, width: Int, style: Style) {
        low = UInt64(lead) | UInt64(trail) << 8
        high = 2 << 56
        self.style = style
        isContinuation = false
        self.width = UInt8(width)
    }

    /// The grapheme cluster.
    public var character: Character {
        let count = high >> 56
        if count == Self.internedMark { return LongGraphemes.grapheme(number: Int(low)) }
        return withUTF8 { Character(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the grapheme's UTF-8 bytes (what the terminal is sent), without building a `Character`.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let count = Int(high >> 56)
        if UInt64(count) == Self.internedMark {
            var text = String(LongGraphemes.grapheme(number: Int(low)))
            return text.withUTF8(body)
        }
        var words = (low.littleEndian, high.littleEndian)
        return withUnsafeBytes(of: &words) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// The grapheme's only scalar, nil when it has several (a letter and its combining accent, a flag, an emoji
    /// sequence): what a terminal is sure to draw as one scalar.
    public var singleScalar: Unicode.Scalar? {
        let count = Int(high >> 56)
        guard count >= 1, count <= 4 else { return nil }
        let b0 = UInt32(low & 0xFF)
        let length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard length == count else { return nil }
        var value = length == 1 ? b0 : b0 & (0xFF >> (length + 1))
        for i in 1..<length { value = value << 6 | UInt32((low >> (8 * UInt64(i))) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The grapheme is a single space.
    public var isSpace: Bool { high >> 56 == 1 && low == 0x20 }
}

/// Graphemes longer than a cell holds inline (15 bytes of UTF-8), numbered once for the whole process: a handful
/// in practice (emoji families, long sequences of combining marks). The table is never emptied (a cell may be kept
/// by a frame, the previous frame or a test): at worst it holds each distinct long grapheme ever shown once, which
/// grows only with the text that showed them (two strings and an index each: about ten times their UTF-8 size).
enum LongGraphemes {
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var numbers: [String: Int] = [:]
        var graphemes: [Character] = []
    }
    private static let table = Table()

    static func number(of character: Character) -> Int {
        table.lock.lock()
        defer { table.lock.unlock() }
        let key = String(character)
        if let number = table.numbers[key] { return number }
        table.graphemes.append(character)
        table.numbers[key] = table.graphemes.count - 1
        return table.graphemes.count - 1
    }

    static func grapheme(number: Int) -> Character {
        table.lock.lock()
        defer { table.lock.unlock() }
        return table.graphemes[number]
    }
}

/// The whole screen in memory: the view draws into it, tests read it, the terminal layer paints it.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes (the insertion point of the focused field), if shown.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set {
            cursorX = newValue?.x
            cursorY = newValue?.y ?? 0
        }
    }
    private var cursorX: Int?
    private var cursorY = 0
    /// A double-width character was written: only then can a cell be half of one (`displayedCells`).
    private(set) var hasWideCharacters = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle with spaces of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                cells[row * width + col] = Cell(byte: 0x20, style: style)
            }
        }
    }

    /// Writes text from (x, y), clipped to `maxWidth` columns and to the screen; control characters are
    /// never written (they could move the real terminal's cursor). Text cut short ends with "…" (blanks cut off
    /// at the end are not text). Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        var cut = false
        let utf8 = text.utf8
        var rest = utf8.startIndex
        while rest < utf8.endIndex {
            // Most of what is drawn is ASCII and Latin letters: a scalar of one or two bytes followed by ASCII, by
            // another such scalar or by the end is a grapheme on its own (nothing in U+0000–U+02FF extends the
            // one before it), answered from its bytes. Anything else goes through `Character`.
            let lead = utf8[rest]
            let length = lead < 0x80 ? 1 : (lead >= 0xC2 && lead < 0xCC ? 2 : 0)
            if length > 0 {
                let next = utf8.index(rest, offsetBy: length)
                let follower = next < utf8.endIndex ? utf8[next] : 0
                if follower < 0x80 || (follower >= 0xC2 && follower < 0xCC) {
                    let cell: Cell
                    if length == 1 {
                        cell = Cell(byte: lead, style: style)
                    } else {
                        let trail = utf8[utf8.index(after: rest)]
                        // U+0080–U+009F are controls (no column); the rest of U+00A0–U+02FF takes one.
                        let w = lead == 0xC2 && trail < 0xA0 ? 0 : 1
                        cell = Cell(lead: lead, trail: trail, width: w, style: style)
                    }
                    if cell.width == 0 {
                        rest = next
                        continue
                    }
                    if col + 1 > limit {
                        cut = Self.hasVisibleText(text[rest...])
                        break
                    }
                    if col >= 0 { write(cell, x: col, y: y) }
                    col += 1
                    rest = next
                    continue
                }
            }
            let character = text[rest]
            let w = DisplayWidth.of(character)
            let next = text.index(after: rest)
            if w == 0 {
                // A lone combining mark or a control character: nothing to draw on its own.
                rest = next
                continue
            }
            if col + w > limit {
                cut = Self.hasVisibleText(text[rest...])
                break
            }
            if col >= 0 { write(Cell(character, width: w, style: style), x: col, y: y) }
            col += w
            rest = next
        }
        guard cut, limit - x >= 1 else { return col - x }
        // Room for the "…": the last character drawn gives way (both halves of a wide one).
        var end = col
        if end + 1 > limit {
            end = limit - 1
            if end > 0, end > x, cells[y * width + end].isContinuation { end -= 1 }
        }
        if end >= 0, end < width {
            if end + 1 < col, end + 1 < width {
                cells[y * width + end + 1] = Cell(byte: 0x20, style: style)
            }
            write(Cell("…", width: 1, style: style), x: end, y: y)
        }
        return end + 1 - x
    }

    /// Something is left to show in the rest of a text cut short (not only spaces and characters of no width).
    private static func hasVisibleText(_ rest: Substring) -> Bool {
        rest.contains { $0 != " " && DisplayWidth.of($0) > 0 }
    }

    /// One cell at a column of a row, keeping wide characters whole.
    private mutating func write(_ cell: Cell, x col: Int, y: Int) {
        let w = Int(cell.width)
        // Overwriting half of a wide character blanks its other half.
        if cells[y * width + col].isContinuation, col > 0 {
            cells[y * width + col - 1] = Cell(byte: 0x20, style: cells[y * width + col - 1].style)
        }
        cells[y * width + col] = cell
        if w == 2 {
            cells[y * width + col + 1] = Cell(byte: 0x20, style: cell.style, isContinuation: true)
            hasWideCharacters = true
        }
        if col + w < width, cells[y * width + col + w].isContinuation {
            cells[y * width + col + w] = Cell(byte: 0x20, style: cells[y * width + col + w].style)
        }
    }

    /// The text of one row (continuation cells omitted), trailing spaces kept.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].character) }
        return text
    }

    /// The whole screen as text, trailing spaces removed: what a snapshot test compares.
    public var text: String {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// The style of each cell as one letter per column: snapshots of colours and emphasis.
    public func styleLine(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].style.code) }
        return text
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells && lhs.cursorX == rhs.cursorX
            && lhs.cursorY == rhs.cursorY
    }
}
