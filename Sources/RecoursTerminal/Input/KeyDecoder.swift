import RecoursUI

/// Turns what a terminal sends (Unicode scalars as `get_wch` returns them, raw bytes, or the function-key codes
/// of ncurses) into `Key`s. Pure and stateful: it is fed input as it arrives, and told when nothing more is
/// waiting (`flush`), which is what decides a lone ESC and ends a run of typed or pasted characters.
///
/// - Printable characters already waiting together become one `.paste` (one undo step, one redraw); a single
///   character stays `.character`.
/// - Escape sequences of xterm, rxvt, the Linux console, tmux/screen and PuTTY become keys (see the tables in
///   `RecoursTerminalTests`); unknown CSI / SS3 sequences and OSC, DCS, SOS, PM, APC strings are dropped whole,
///   so that nothing of a pasted escape sequence ends up typed into a field.
/// - A bracketed paste (`ESC [200~` … `ESC [201~`) becomes one `.paste` with its line breaks, capped at
///   `maxPasteBytes` (the rest is read and dropped).
struct KeyDecoder {
    /// The longest paste or run of characters kept, in UTF-8 bytes.
    static let maxPasteBytes = 1_000_000
    /// The longest OSC / DCS… string skipped before giving up on finding its end.
    static let maxControlStringLength = 65_536
    /// Parameter bytes kept of a control sequence (the rest of a longer one is skipped, not kept).
    static let maxParameterLength = 64

    private enum State: Equatable {
        case ground
        /// After ESC.
        case escape
        /// After ESC [: parameter bytes so far, whether an intermediate byte was seen.
        case csi(parameters: [UInt8], intermediate: Bool)
        /// After ESC [ [ (the Linux console's F1–F5).
        case linuxFunction
        /// After ESC O, with the digits of an old-style modifier (`ESC O 5 D`).
        case ss3(modifier: [UInt8])
        /// Inside an OSC, DCS, SOS, PM or APC string; `escape` after an ESC that may start `ESC \`.
        case controlString(length: Int, escape: Bool)
    }

    private var state = State.ground
    /// Printable characters waiting to be emitted together.
    private var run = String.UnicodeScalarView()
    private var runBytes = 0
    /// The text of a bracketed paste being read, nil outside one.
    private var paste: String.UnicodeScalarView?
    private var pasteBytes = 0
    private var output: [Key] = []
    private var outputStart = 0
    /// A UTF-8 sequence split between two calls of `feed(bytes:)`.
    private var utf8Pending: [UInt8] = []

    init() {}

    // MARK: Reading keys

    /// The next decoded key, if any is ready.
    mutating func next() -> Key? {
        guard outputStart < output.count else { return nil }
        let key = output[outputStart]
        outputStart += 1
        if outputStart == output.count {
            output.removeAll(keepingCapacity: true)
            outputStart = 0
        }
        return key
    }

    var hasKeys: Bool { outputStart < output.count }

    /// True in the middle of an escape sequence: its next bytes may still be on their way.
    var isInsideSequence: Bool { state != .ground }

    /// True inside a bracketed paste whose end marker has not come yet.
    var isInsidePaste: Bool { paste != nil }

    // MARK: Feeding input

    /// Nothing more is waiting: a lone ESC is the Escape key, an unfinished sequence is dropped, the characters
    /// read so far are emitted. A bracketed paste stays open (its end may come in a later read) unless
    /// `endingPaste` is set (nothing came for a while): then what it holds is emitted.
    mutating func flush(endingPaste: Bool = false) {
        if paste != nil {
            guard endingPaste else { return }
            state = .ground
            endPaste()
            return
        }
        switch state {
        case .escape: emit(.escape)
        default: break
        }
        state = .ground
        emitRun()
    }

    /// One input unit as `get_wch` returns it (a character, not a function key).
    mutating func feed(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch state {
        case .ground:
            ground(scalar)
        case .escape:
            state = .ground
            afterEscape(scalar)
        case .csi(var parameters, let intermediate):
            switch value {
            case 0x30...0x3F where !intermediate:
                if parameters.count < Self.maxParameterLength { parameters.append(UInt8(value)) }
                state = .csi(parameters: parameters, intermediate: false)
            case 0x24 where !intermediate && Self.isRxvtShifted(parameters):
                // rxvt's Shift + Home, End, PgUp… end in `$` (an intermediate byte anywhere else).
                state = .ground
                controlSequence(parameters: parameters, final: 0x7E)
            case 0x20...0x2F:
                state = .csi(parameters: parameters, intermediate: true)
            case 0x5B where parameters.isEmpty && !intermediate:
                state = .linuxFunction
            case 0x40...0x7E:
                state = .ground
                if !intermediate { controlSequence(parameters: parameters, final: UInt8(value)) }
            default:
                // Cannot belong to the sequence: the sequence is dropped, the character kept.
                state = .ground
                feed(scalar)
            }
        case .linuxFunction:
            state = .ground
            switch value {
            case 0x41...0x45: emit(.function(Int(value) - 0x40))  // ESC [ [ A … E: F1 … F5
            case 0x40...0x7E: break
            default: feed(scalar)
            }
        case .ss3(var modifier):
            switch value {
            case 0x30...0x39 where modifier.count < 4:
                modifier.append(UInt8(value))
                state = .ss3(modifier: modifier)
            case 0x40...0x7E:
                state = .ground
                let m = Int(String(decoding: modifier, as: UTF8.self)) ?? 1
                if m > 1, (0x41...0x44).contains(value) {
                    // Old xterm's modified cursor keys: ESC O 5 D is Ctrl-Left.
                    if let key = Self.csiKey(final: UInt8(value), first: 1, modifier: m) { emit(key) }
                } else if let key = Self.ss3Key(UInt8(value)) {
                    emit(key)
                }
            default:
                state = .ground
                feed(scalar)
            }
        case .controlString(let length, let escape):
            if escape {
                // ESC \ ends the string; ESC and anything else starts the next sequence.
                state = .ground
                if value != 0x5C {
                    state = .escape
                    feed(scalar)
                }
                return
            }
            switch value {
            case 0x07, 0x9C: state = .ground
            case 0x1B: state = .controlString(length: length, escape: true)
            default:
                state =
                    length + 1 >= Self.maxControlStringLength
                    ? .ground : .controlString(length: length + 1, escape: false)
            }
        }
    }

    /// A function key that ncurses decoded itself (keypad mode), by its `keyname()`; unknown names are ignored.
    mutating func feed(cursesKeyName name: String) {
        guard paste == nil else { return }  // inside a paste: not text, dropped
        // A sequence in progress is cut short by a key.
        if state == .escape { emit(.escape) }
        state = .ground
        if let key = Self.cursesKey(named: name) { emit(key) }
    }

    /// Raw bytes, UTF-8 decoded (a character split between two calls is completed by the next one; invalid
    /// bytes become U+FFFD).
    mutating func feed<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var buffer = utf8Pending
        buffer.append(contentsOf: bytes)
        utf8Pending = []
        var i = 0
        while i < buffer.count {
            let lead = buffer[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 {
                feed(Unicode.Scalar(0xFFFD)!)
                i += 1
                continue
            }
            if i + length > buffer.count {
                // Possibly the start of a character whose other bytes come next.
                if buffer[(i + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                    utf8Pending = Array(buffer[i...])
                    return
                }
            }
            let end = min(i + length, buffer.count)
            var decoded: Unicode.Scalar?
            if end - i == length, buffer[(i + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for byte in buffer[(i + 1)..<end] { value = value << 6 | UInt32(byte & 0x3F) }
                let minimum: UInt32 = length == 1 ? 0 : length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
                if value >= minimum { decoded = Unicode.Scalar(value) }
            }
            if let decoded {
                feed(decoded)
                i = end
            } else {
                feed(Unicode.Scalar(0xFFFD)!)
                i += 1
            }
        }
    }

    /// Decodes a whole input at once, as if it arrived in one read followed by silence: for tests and tools.
    static func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        decoder.feed(bytes: bytes)
        decoder.flushUTF8()
        decoder.flush(endingPaste: true)
        var keys: [Key] = []
        while let key = decoder.next() { keys.append(key) }
        return keys
    }

    static func decode(_ text: String) -> [Key] { decode(Array(text.utf8)) }

    /// A character cut short at the end of the input becomes U+FFFD.
    mutating func flushUTF8() {
        if !utf8Pending.isEmpty {
            utf8Pending = []
            feed(Unicode.Scalar(0xFFFD)!)
        }
    }

    // MARK: States

    private mutating func ground(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if paste != nil {
            // Inside a bracketed paste every character is text, line breaks and tabs included; escape
            // sequences are still parsed (the end marker is one) and dropped.
            if value == 0x1B {
                state = .escape
                return
            }
            if pasteBytes + UTF8.width(scalar) <= Self.maxPasteBytes {
                pasteBytes += UTF8.width(scalar)
                paste!.append(scalar)
            }
            return
        }
        if value >= 0x20, value != 0x7F {
            // C1 controls stay in the run: the field's sanitizer drops them with the sequence they start.
            if runBytes + UTF8.width(scalar) > Self.maxPasteBytes { emitRun() }
            run.append(scalar)
            runBytes += UTF8.width(scalar)
            return
        }
        switch value {
        case 0x1B: state = .escape
        case 0x09: emit(.tab)
        case 0x0A, 0x0D: emit(.enter)
        case 0x08, 0x7F: emit(.backspace)
        case 0x01...0x1A: emit(.control(Character(Unicode.Scalar(value + 0x60)!)))
        default: emitRun()  // NUL, Ctrl-\ … Ctrl-_: nothing
        }
    }

    private mutating func afterEscape(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x5B: state = .csi(parameters: [], intermediate: false)  // [
        case 0x4F: state = .ss3(modifier: [])  // O
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] OSC, P DCS, X SOS, ^ PM, _ APC
            state = .controlString(length: 0, escape: false)
        case _ where paste != nil:
            break  // ESC + one character inside a paste: dropped
        case 0x62: emit(.wordLeft)  // Alt-b
        case 0x66: emit(.wordRight)  // Alt-f
        default:
            // ESC then something else: the Escape key, and the character read again.
            emit(.escape)
            feed(scalar)
        }
    }

    private mutating func controlSequence(parameters: [UInt8], final: UInt8) {
        if let first = parameters.first, (0x3C...0x3F).contains(first) { return }  // private (<, =, >, ?): not a key
        let numbers = String(decoding: parameters, as: UTF8.self).split(
            separator: ";", omittingEmptySubsequences: false
        )
        .map { Int($0.prefix(while: { $0 != ":" })) }
        let first = numbers.first.flatMap { $0 }
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        if paste != nil {
            if final == 0x7E, first == 201, numbers.count == 1 { endPaste() }
            return
        }
        if final == 0x7E, first == 200, numbers.count == 1 {
            emitRun()
            paste = String.UnicodeScalarView()
            pasteBytes = 0
            return
        }
        if let key = Self.csiKey(final: final, first: first, modifier: modifier) { emit(key) }
    }

    private mutating func endPaste() {
        guard let text = paste else { return }
        paste = nil
        pasteBytes = 0
        if !text.isEmpty { emit(.paste(String(text))) }
    }

    /// Queues a key; inside a bracketed paste keys are not text, and are dropped.
    private mutating func emit(_ key: Key) {
        guard paste == nil else { return }
        emitRun()
        output.append(key)
    }

    private mutating func emitRun() {
        guard !run.isEmpty else { return }
        let text = String(run)
        if run.count == 1, let c = text.first {
            output.append(.character(c))
        } else {
            output.append(.paste(text))
        }
        run = String.UnicodeScalarView()
        runBytes = 0
    }

    // MARK: Tables

    /// `ESC [ <n> $` is rxvt's Shift + that key.
    private static func isRxvtShifted(_ parameters: [UInt8]) -> Bool {
        guard let n = Int(String(decoding: parameters, as: UTF8.self)) else { return false }
        return tildeKey(n) != nil
    }

    /// `ESC [ <n> ~` (also rxvt's `^` Ctrl and `@` Ctrl-Shift forms).
    private static func tildeKey(_ n: Int) -> Key? {
        switch n {
        case 1, 7: .home  // 1: VT220, tmux, screen, PuTTY, Linux; 7: rxvt
        case 4, 8: .end  // 4: VT220, tmux, screen, PuTTY, Linux; 8: rxvt
        case 2: .insert
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(n - 10)  // rxvt, PuTTY (F1–F5); xterm's F5
        case 17...21: .function(n - 11)  // F6–F10
        case 23, 24: .function(n - 12)  // F11, F12
        default: nil
        }
    }

    /// The key of a CSI sequence with its final byte, first parameter and xterm modifier (1 + Shift 1, Alt 2,
    /// Ctrl 4).
    private static func csiKey(final: UInt8, first: Int?, modifier: Int) -> Key? {
        let modified = modifier > 1
        let shiftOnly = modifier == 2
        switch final {
        case 0x41: return modified ? .shiftUp : .up  // A
        case 0x42: return modified ? .shiftDown : .down  // B
        case 0x43: return modified && !shiftOnly ? .wordRight : .right  // C
        case 0x44: return modified && !shiftOnly ? .wordLeft : .left  // D
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x5A: return .backTab  // Z
        case 0x50...0x53: return first == 1 && modified ? .function(Int(final) - 0x4F) : nil  // ESC [1;2P: Shift-F1…
        case 0x61: return .shiftUp  // a: rxvt Shift-Up
        case 0x62: return .shiftDown  // b: rxvt Shift-Down
        case 0x63: return .right  // c: rxvt Shift-Right
        case 0x64: return .left  // d: rxvt Shift-Left
        case 0x7E, 0x5E, 0x40: return first.flatMap(tildeKey)  // ~, rxvt ^ and @
        default: return nil
        }
    }

    /// `ESC O <final>`: application cursor keys, xterm's F1–F4, rxvt's Ctrl-arrows, the application keypad.
    private static func ss3Key(_ final: UInt8) -> Key? {
        switch final {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        case 0x48: .home
        case 0x46: .end
        case 0x50...0x53: .function(Int(final) - 0x4F)  // P Q R S
        case 0x4D: .enter  // keypad Enter
        case 0x61: .shiftUp  // rxvt Ctrl-Up
        case 0x62: .shiftDown  // rxvt Ctrl-Down
        case 0x63: .wordRight  // rxvt Ctrl-Right
        case 0x64: .wordLeft  // rxvt Ctrl-Left
        case 0x70...0x79: .character(Character(Unicode.Scalar(final - 0x70 + 0x30)))  // keypad 0–9
        case 0x6A: .character("*")
        case 0x6B: .character("+")
        case 0x6C: .character(",")
        case 0x6D: .character("-")
        case 0x6E: .character(".")
        case 0x6F: .character("/")
        case 0x58: .character("=")
        default: nil
        }
    }

    /// A key ncurses decoded, by the name `keyname()` gives its code: `KEY_HOME`, `KEY_F(5)`, `kLFT5`…
    static func cursesKey(named name: String) -> Key? {
        switch name {
        case "KEY_UP": return .up
        case "KEY_DOWN": return .down
        case "KEY_LEFT", "KEY_SLEFT": return .left
        case "KEY_RIGHT", "KEY_SRIGHT": return .right
        case "KEY_HOME", "KEY_A1", "KEY_FIND", "KEY_SHOME", "KEY_BEG": return .home
        case "KEY_END", "KEY_C1", "KEY_SELECT", "KEY_SEND", "KEY_LL": return .end
        case "KEY_PPAGE", "KEY_A3", "KEY_SPREVIOUS": return .pageUp
        case "KEY_NPAGE", "KEY_C3", "KEY_SNEXT": return .pageDown
        case "KEY_BACKSPACE": return .backspace
        case "KEY_DC", "KEY_SDC": return .delete
        case "KEY_IC", "KEY_SIC": return .insert
        case "KEY_BTAB": return .backTab
        case "KEY_ENTER": return .enter
        case "KEY_SR": return .shiftUp
        case "KEY_SF": return .shiftDown
        default: break
        }
        if name.hasPrefix("KEY_F("), name.hasSuffix(")"), let n = Int(name.dropFirst(6).dropLast()),
            (1...12).contains(n)
        {
            return .function(n)
        }
        // Modified cursor keys have no constant: ncurses names them from the terminfo extension, kLFT5, kUP3…
        if name.hasPrefix("kLFT") { return .wordLeft }
        if name.hasPrefix("kRIT") { return .wordRight }
        if name.hasPrefix("kUP") { return .shiftUp }
        if name.hasPrefix("kDN") { return .shiftDown }
        if name.hasPrefix("kHOM") { return .home }
        if name.hasPrefix("kEND") { return .end }
        return nil
    }
}
