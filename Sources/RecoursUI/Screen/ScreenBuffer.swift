import RecoursCore

/// What a cell looks like. The terminal layer maps each role to colours (or to bold/reverse without colours).
public enum Style: UInt8, Sendable, Equatable, CaseIterable {
    case normal, title, label, focused, input, inputFocused, error, warning, ok, muted, keyHint, selection, dialog

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
        }
    }
}

/// One cell: a grapheme cluster and its style. A double-width character fills its cell and marks
/// the next one as its continuation, which the terminal layer skips.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
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
                cells[row * width + col] = Cell(character: " ", style: style, isContinuation: false)
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
        var rest = text.startIndex
        var cut = false
        while rest < text.endIndex {
            let character = text[rest]
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark or a control character: nothing to draw on its own.
                rest = text.index(after: rest)
                continue
            }
            if col + w > limit {
                cut = text[rest...].contains { $0 != " " && DisplayWidth.of($0) > 0 }
                break
            }
            if col >= 0 { write(character, width: w, x: col, y: y, style: style) }
            col += w
            rest = text.index(after: rest)
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
                cells[y * width + end + 1] = Cell(character: " ", style: style, isContinuation: false)
            }
            write("…", width: 1, x: end, y: y, style: style)
        }
        return end + 1 - x
    }

    /// One character at a column of a row, keeping wide characters whole.
    private mutating func write(_ character: Character, width w: Int, x col: Int, y: Int, style: Style) {
        // Overwriting half of a wide character blanks its other half.
        if cells[y * width + col].isContinuation, col > 0 {
            cells[y * width + col - 1] = Cell(
                character: " ", style: cells[y * width + col - 1].style, isContinuation: false)
        }
        cells[y * width + col] = Cell(character: character, style: style, isContinuation: false)
        if w == 2 { cells[y * width + col + 1] = Cell(character: " ", style: style, isContinuation: true) }
        if col + w < width, cells[y * width + col + w].isContinuation {
            cells[y * width + col + w] = Cell(
                character: " ", style: cells[y * width + col + w].style, isContinuation: false)
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
