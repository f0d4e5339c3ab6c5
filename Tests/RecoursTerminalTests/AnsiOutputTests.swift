import RecoursCore
import RecoursTestSupport
import RecoursUI
import Testing

@testable import RecoursTerminal

/// A terminal in memory that reads bytes as an ECMA-48 terminal does (xterm's behaviour where terminals differ):
/// printable text at the cursor, with the pending wrap at the last column, double-width characters, cursor moves
/// (CUP, CUU, CUD, CUF, CUB, CR), SGR attributes kept until changed, erase, cursor shown or hidden. It is the
/// reference `AnsiOutput` is checked against: whatever was written, applying the bytes must leave exactly the frame.
/// Anything it does not know, a scroll or a wrap is recorded as a fault.
struct ModelTerminal {
    struct Cell: Equatable {
        var character: Character = " "
        var attributes = TerminalAttributes.normal
        var isContinuation = false
    }

    let width: Int
    let height: Int
    var cells: [Cell]
    var x = 0
    var y = 0
    var pendingWrap = false
    var attributes = TerminalAttributes.normal
    var cursorVisible = true
    var faults: [String] = []
    /// Whether erasing (ECH, ED) fills with the current background colour, as terminfo's `bce` says.
    var erasesWithBackground = true

    init(width: Int, height: Int, filler: Character = "?") {
        self.width = width
        self.height = height
        var garbage = Cell()
        garbage.character = filler
        garbage.attributes.reverse = true
        cells = Array(repeating: garbage, count: width * height)
    }

    mutating func apply(_ bytes: [UInt8]) {
        var i = 0
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            for character in String(decoding: text, as: UTF8.self) { draw(character) }
            text = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                flushText()
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") else {
                    faults.append("unknown escape at \(i)")
                    return
                }
                var j = i + 2
                var parameters = ""
                while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) {
                    parameters.append(Character(Unicode.Scalar(bytes[j])))
                    j += 1
                }
                guard j < bytes.count else {
                    faults.append("unended sequence")
                    return
                }
                control(parameters, final: Character(Unicode.Scalar(bytes[j])))
                i = j + 1
            } else if b == UInt8(ascii: "\r") {
                flushText()
                x = 0
                pendingWrap = false
                i += 1
            } else if b < 0x20 || b == 0x7F {
                flushText()
                faults.append("control byte \(b)")
                i += 1
            } else {
                text.append(b)
                i += 1
            }
        }
        flushText()
    }

    private mutating func control(_ parameters: String, final: Character) {
        if parameters.hasPrefix("?") {
            switch (parameters, final) {
            case ("?25", "l"): cursorVisible = false
            case ("?25", "h"): cursorVisible = true
            default: faults.append("private mode \(parameters)\(final)")
            }
            return
        }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, default d: Int) -> Int {
            index < numbers.count ? (numbers[index] ?? d) : d
        }
        pendingWrap = false
        switch final {
        case "H", "f":
            y = min(height - 1, max(1, number(0, default: 1)) - 1)
            x = min(width - 1, max(1, number(1, default: 1)) - 1)
        case "A": y = max(0, y - max(1, number(0, default: 1)))
        case "B": y = min(height - 1, y + max(1, number(0, default: 1)))
        case "C": x = min(width - 1, x + max(1, number(0, default: 1)))
        case "D": x = max(0, x - max(1, number(0, default: 1)))
        case "X":
            // ECH: cells erased from the cursor, which stays; with `bce` they take the current background.
            let count = max(1, number(0, default: 1))
            let row = y * width
            var erased = Cell()
            erased.attributes.background = erasesWithBackground ? attributes.background : nil
            if cells[row + x].isContinuation, x > 0 { cells[row + x - 1] = blank(cells[row + x - 1]) }
            let end = min(width, x + count)
            if end < width, cells[row + end].isContinuation { cells[row + end] = blank(cells[row + end]) }
            for i in x..<end { cells[row + i] = erased }
        case "J":
            guard number(0, default: 0) == 2 else {
                faults.append("erase \(parameters)J")
                return
            }
            var blank = Cell()
            blank.attributes = attributes
            cells = Array(repeating: blank, count: width * height)
        case "m":
            for n in numbers.map({ $0 ?? 0 }) {
                switch n {
                case 0: attributes = .normal
                case 1: attributes.bold = true
                case 2: attributes.dim = true
                case 4: attributes.underline = true
                case 7: attributes.reverse = true
                case 22:
                    attributes.bold = false
                    attributes.dim = false
                case 24: attributes.underline = false
                case 27: attributes.reverse = false
                case 30...37: attributes.foreground = UInt8(n - 30)
                case 39: attributes.foreground = nil
                case 40...47: attributes.background = UInt8(n - 40)
                case 49: attributes.background = nil
                default: faults.append("SGR \(n)")
                }
            }
        default: faults.append("sequence \(parameters)\(final)")
        }
    }

    /// One grapheme at the cursor, as xterm draws it.
    private mutating func draw(_ character: Character) {
        let w = DisplayWidth.of(character)
        guard w > 0 else {
            faults.append("zero-width character written alone")
            return
        }
        if pendingWrap {
            faults.append("wrapped past the last column at row \(y)")
            pendingWrap = false
            x = 0
            if y == height - 1 { faults.append("scrolled") } else { y += 1 }
        }
        if w == 2, x == width - 1 {
            faults.append("double-width character at the last column")
            return
        }
        let row = y * width
        if cells[row + x].isContinuation, x > 0 { cells[row + x - 1] = blank(cells[row + x - 1]) }
        if x + w < width, cells[row + x + w].isContinuation { cells[row + x + w] = blank(cells[row + x + w]) }
        cells[row + x] = Cell(character: character, attributes: attributes, isContinuation: false)
        if w == 2 { cells[row + x + 1] = Cell(character: " ", attributes: attributes, isContinuation: true) }
        if x + w >= width {
            x = width - 1
            pendingWrap = true
        } else {
            x += w
        }
    }

    /// Two blanks look the same when their background, underline and reverse video are: the foreground colour,
    /// bold and dim draw nothing on a space.
    static func lookTheSame(_ a: Cell, _ b: Cell) -> Bool {
        a.character == " " && b.character == " " && a.isContinuation == b.isContinuation
            && a.attributes.background == b.attributes.background && a.attributes.underline == b.attributes.underline
            && a.attributes.reverse == b.attributes.reverse
    }

    private func blank(_ cell: Cell) -> Cell {
        Cell(character: " ", attributes: cell.attributes, isContinuation: false)
    }

    /// Nil when the terminal shows exactly the frame (characters, attributes, cursor), else what differs.
    func difference(from buffer: ScreenBuffer, colors: Bool) -> String? {
        let expected = buffer.displayedCells
        for i in 0..<cells.count {
            let e = expected[i]
            let want = Cell(
                character: e.character, attributes: TerminalAttributes.of(e.style, colors: colors),
                isContinuation: e.isContinuation)
            if cells[i] != want, !Self.lookTheSame(cells[i], want) {
                return "cell (\(i % width), \(i / width)): \(cells[i]) instead of \(want)"
            }
        }
        if let cursor = buffer.cursor {
            if !cursorVisible { return "cursor hidden" }
            if pendingWrap || (x, y) != (cursor.x, cursor.y) { return "cursor at (\(x), \(y)) instead of \(cursor)" }
        } else if cursorVisible {
            return "cursor shown"
        }
        return nil
    }
}

@Suite struct AnsiOutputTests {
    final class Recorder {
        var bytes: [UInt8] = []
        var writes = 0
    }

    static func output(colors: Bool = true, strings: AnsiTerminalStrings = AnsiTerminalStrings()) -> (
        AnsiOutput, Recorder
    ) {
        let recorder = Recorder()
        let output = AnsiOutput(colors: colors, strings: strings) { bytes in
            recorder.bytes += bytes
            recorder.writes += 1
        }
        return (output, recorder)
    }

    static func cell(_ character: Character, _ style: Style) -> RecoursUI.Cell {
        RecoursUI.Cell(character: character, style: style, isContinuation: false)
    }

    static func frame(_ width: Int, _ height: Int, _ parts: [(String, Int, Int, Style)], cursor: (Int, Int)?)
        -> ScreenBuffer
    {
        var buffer = ScreenBuffer(width: width, height: height)
        for (text, x, y, style) in parts { buffer.put(text, x: x, y: y, style: style) }
        buffer.cursor = cursor.map { (x: $0.0, y: $0.1) }
        return buffer
    }

    /// A field being typed into, with a label before it, a header and a key bar in their colours.
    static func form(_ typed: String, width: Int = 40) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: 4)
        buffer.fill(x: 0, y: 0, width: width, height: 1, style: .title)
        buffer.put(" Recours", x: 0, y: 0, style: .title)
        buffer.put("›Nom", x: 0, y: 1, style: .focused)
        buffer.fill(x: 6, y: 1, width: 20, height: 1, style: .inputFocused)
        buffer.put(typed, x: 6, y: 1, style: .inputFocused)
        buffer.fill(x: 0, y: 3, width: width, height: 1, style: .keyHint)
        buffer.put("^Q quitter", x: 1, y: 3, style: .keyHint)
        buffer.cursor = (x: 6 + DisplayWidth.of(typed), y: 1)
        return buffer
    }

    @Test func aTypedLetterInAColouredFieldIsOneByte() {
        let (output, recorder) = Self.output()
        let painter = ScreenPainter(output: output)
        var model = ModelTerminal(width: 40, height: 4)
        painter.paint(Self.form("Hél"))
        model.apply(recorder.bytes)
        #expect(model.difference(from: Self.form("Hél"), colors: true) == nil)
        // The first letter after the full frame moves the cursor back into the field and sets its colours; from
        // then on a letter is itself and nothing else: the cursor is already where it goes and the colours set.
        painter.paint(Self.form("Hél" + "è"))
        model.apply(recorder.bytes)
        recorder.bytes = []
        for typed in ["Hélèn", "Hélène", "Hélène ", "Hélène D"] {
            painter.paint(Self.form(typed))
            model.apply(recorder.bytes)
            #expect(model.difference(from: Self.form(typed), colors: true) == nil)
            #expect(
                recorder.bytes.count == String(typed.last!).utf8.count,
                "\(String(decoding: recorder.bytes, as: UTF8.self))")
            recorder.bytes = []
        }
    }

    @Test func theBlankEndOfAScrolledFieldIsErasedNotWritten() {
        let (output, recorder) = Self.output()
        let painter = ScreenPainter(output: output)
        var model = ModelTerminal(width: 40, height: 4)
        painter.paint(Self.form("abcdefghijklmnopqrst"))
        model.apply(recorder.bytes)
        recorder.bytes = []
        // The field jumps by half its width: ten letters, then ten blanks of the field's colour, erased.
        painter.paint(Self.form("klmnopqrst"))
        model.apply(recorder.bytes)
        #expect(model.difference(from: Self.form("klmnopqrst"), colors: true) == nil)
        #expect(model.faults.isEmpty)
        // (The field's background is set again: the key bar was drawn last.)
        #expect(String(decoding: recorder.bytes, as: UTF8.self) == "\u{1B}[20D\u{1B}[46mklmnopqrst\u{1B}[10X")
        // Without `bce` the field's colour could not be erased with: the blanks are written.
        var strings = AnsiTerminalStrings()
        strings.erasesWithBackground = false
        let (plain, plainRecorder) = Self.output(strings: strings)
        let plainPainter = ScreenPainter(output: plain)
        plainPainter.paint(Self.form("abcdefghijklmnopqrst"))
        plainRecorder.bytes = []
        plainPainter.paint(Self.form("klmnopqrst"))
        #expect(!String(decoding: plainRecorder.bytes, as: UTF8.self).contains("X"))
    }

    @Test func anUnchangedFrameWritesNothing() {
        let (output, recorder) = Self.output()
        let painter = ScreenPainter(output: output)
        painter.paint(Self.form("abc"))
        let writes = recorder.writes
        painter.paint(Self.form("abc"))
        #expect(recorder.writes == writes)
    }

    @Test func cursorMovesAreTheShortestThatApply() {
        let (output, recorder) = Self.output(colors: false)
        output.willPaint(ScreenBuffer(width: 80, height: 24))
        output.forgetState()
        func move(_ x: Int, _ y: Int) -> String {
            recorder.bytes = []
            output.setCursor(.at(x: x, y: y))
            output.flush()
            return String(decoding: recorder.bytes, as: UTF8.self)
        }
        #expect(move(10, 5) == "\u{1B}[6;11H\u{1B}[?25h", "unknown position: absolute")
        #expect(move(10, 5) == "", "already there")
        #expect(move(11, 5) == "\u{1B}[C")
        #expect(move(20, 5) == "\u{1B}[9C")
        #expect(move(18, 5) == "\u{1B}[2D")
        #expect(move(0, 5) == "\r")
        #expect(move(0, 6) == "\u{1B}[B")
        #expect(move(0, 0) == "\u{1B}[H")
        #expect(move(0, 12) == "\u{1B}[13H")
        #expect(move(70, 20) == "\u{1B}[21;71H")
    }

    @Test func attributesChangeByTheShortestSequence() {
        let (output, recorder) = Self.output()
        output.willPaint(ScreenBuffer(width: 80, height: 24))
        output.clear()
        output.flush()
        var x = 0
        // Each letter where the cursor already is: only the attributes' sequences are written before it.
        func write(_ style: Style) -> String {
            recorder.bytes = []
            output.put(ScreenDiff.Run(x: x, y: 0, cells: [Self.cell("a", style)]))
            output.flush()
            x += 1
            return String(decoding: recorder.bytes, as: UTF8.self)
        }
        #expect(write(.normal) == "a", "normal after a clear: nothing to set")
        #expect(write(.ok) == "\u{1B}[32ma", "a colour added")
        #expect(write(.warning) == "\u{1B}[33ma", "a colour changed")
        #expect(write(.error) == "\u{1B}[1;31ma", "bold added, colour changed")
        #expect(write(.ok) == "\u{1B}[0;32ma", "bold removed: a reset")
        #expect(write(.title) == "\u{1B}[1;37;44ma")
        #expect(write(.focused) == "\u{1B}[33;49ma", "colours changed, bold kept")
        #expect(write(.normal) == "\u{1B}[ma", "back to normal: the reset alone")
    }

    @Test func aCharacterTerminalsMayDrawWiderIsFollowedByAnAbsoluteMove() {
        let (output, recorder) = Self.output(colors: false)
        output.willPaint(ScreenBuffer(width: 20, height: 2))
        output.clear()
        output.put(ScreenDiff.Run(x: 0, y: 0, cells: [Self.cell("😀", .normal)]))
        output.flush()
        recorder.bytes = []
        output.setCursor(.at(x: 2, y: 0))
        output.flush()
        #expect(String(decoding: recorder.bytes, as: UTF8.self).hasPrefix("\u{1B}[1;3H"))
    }

    @Test func releaseResetsAttributesAndShowsTheCursor() {
        let (output, recorder) = Self.output()
        let painter = ScreenPainter(output: output)
        var frame = Self.form("abc")
        frame.cursor = nil
        painter.paint(frame)
        recorder.bytes = []
        output.release()
        #expect(String(decoding: recorder.bytes, as: UTF8.self) == "\u{1B}[m\u{1B}[?25h")
        // After the terminal was handed over, nothing is assumed: the next frame sets everything again.
        recorder.bytes = []
        painter.invalidate()
        painter.paint(frame)
        var model = ModelTerminal(width: 40, height: 4)
        model.apply(recorder.bytes)
        #expect(model.difference(from: frame, colors: true) == nil)
    }

    /// The reference oracle: over random sequences of frames (text with accents, wide characters, emoji and
    /// combining accents, every style, the cursor anywhere or hidden, frames of any size down to one cell), the
    /// bytes written, applied to the model terminal, leave exactly each frame, with and without colours, and
    /// never wrap or scroll. Seeded: a failure reproduces.
    @Test(arguments: 0..<60) func theBytesLeaveExactlyTheFrame(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let colors = seed % 3 != 0
        let width = 1 + Int(random.next() % 40)
        let height = 1 + Int(random.next() % 5)
        // ECH with and without `bce`, and no ECH at all.
        var strings = AnsiTerminalStrings()
        strings.erasesCharacters = seed % 5 != 0
        strings.erasesWithBackground = seed % 4 != 1
        let (output, recorder) = Self.output(colors: colors, strings: strings)
        let painter = ScreenPainter(output: output)
        var model = ModelTerminal(width: width, height: height)
        model.erasesWithBackground = strings.erasesWithBackground
        var frame = ScreenDiffTests.randomFrame(width: width, height: height, using: &random)
        for step in 0..<30 {
            painter.paint(frame)
            model.apply(recorder.bytes)
            recorder.bytes = []
            #expect(model.faults.isEmpty, "seed \(seed), step \(step): \(model.faults)")
            let difference = model.difference(from: frame, colors: colors)
            #expect(difference == nil, "seed \(seed), step \(step): \(difference ?? "")\n\(frame.text)")
            if step % 10 == 9 {
                // A child program used the terminal: nothing known, everything drawn again.
                output.release()
                model.apply(recorder.bytes)
                recorder.bytes = []
                model.attributes.bold = true
                painter.invalidate()
            }
            frame =
                random.next() % 4 == 0
                ? ScreenDiffTests.randomFrame(width: width, height: height, using: &random)
                : ScreenDiffTests.edited(frame, using: &random)
        }
    }
}
