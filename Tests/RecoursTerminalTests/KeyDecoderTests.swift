import RecoursUI
import Testing

@testable import RecoursTerminal

/// One row of a table: what a terminal sends for a key (or a few), and the keys it must decode to.
struct KeySample: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: String
    let keys: [Key]

    init(_ name: String, _ bytes: String, _ keys: Key...) {
        self.name = name
        self.bytes = bytes
        self.keys = keys
    }

    var testDescription: String {
        "\(name) \(bytes.unicodeScalars.map { $0.value < 0x20 ? "^" + String(UnicodeScalar($0.value + 0x40)!) : String($0) }.joined())"
    }
}

/// The byte sequences of real terminals (from their documentation and terminfo entries, checked against
/// `infocmp` and `cat -v`), one table per family, each decoded as one read followed by silence.
@Suite struct KeyDecoderTests {
    static let xterm: [KeySample] = [
        KeySample("Up", "\u{1B}[A", .up), KeySample("Down", "\u{1B}[B", .down),
        KeySample("Right", "\u{1B}[C", .right), KeySample("Left", "\u{1B}[D", .left),
        KeySample("Up (application mode)", "\u{1B}OA", .up), KeySample("Down (application mode)", "\u{1B}OB", .down),
        KeySample("Right (application mode)", "\u{1B}OC", .right),
        KeySample("Left (application mode)", "\u{1B}OD", .left),
        KeySample("Home", "\u{1B}[H", .home), KeySample("End", "\u{1B}[F", .end),
        KeySample("Home (application mode)", "\u{1B}OH", .home), KeySample("End (application mode)", "\u{1B}OF", .end),
        KeySample("Insert", "\u{1B}[2~", .insert), KeySample("Delete", "\u{1B}[3~", .delete),
        KeySample("PageUp", "\u{1B}[5~", .pageUp), KeySample("PageDown", "\u{1B}[6~", .pageDown),
        KeySample("Shift-Tab", "\u{1B}[Z", .backTab),
        KeySample("F1", "\u{1B}OP", .function(1)), KeySample("F2", "\u{1B}OQ", .function(2)),
        KeySample("F3", "\u{1B}OR", .function(3)), KeySample("F4", "\u{1B}OS", .function(4)),
        KeySample("F5", "\u{1B}[15~", .function(5)), KeySample("F6", "\u{1B}[17~", .function(6)),
        KeySample("F7", "\u{1B}[18~", .function(7)), KeySample("F8", "\u{1B}[19~", .function(8)),
        KeySample("F9", "\u{1B}[20~", .function(9)), KeySample("F10", "\u{1B}[21~", .function(10)),
        KeySample("F11", "\u{1B}[23~", .function(11)), KeySample("F12", "\u{1B}[24~", .function(12)),
        KeySample("Shift-F1", "\u{1B}[1;2P", .function(1)), KeySample("Ctrl-F5", "\u{1B}[15;5~", .function(5)),
        KeySample("Ctrl-Left", "\u{1B}[1;5D", .wordLeft), KeySample("Ctrl-Right", "\u{1B}[1;5C", .wordRight),
        KeySample("Alt-Left", "\u{1B}[1;3D", .wordLeft), KeySample("Alt-Right", "\u{1B}[1;3C", .wordRight),
        KeySample("Shift-Left", "\u{1B}[1;2D", .left), KeySample("Shift-Right", "\u{1B}[1;2C", .right),
        KeySample("Shift-Up", "\u{1B}[1;2A", .shiftUp), KeySample("Shift-Down", "\u{1B}[1;2B", .shiftDown),
        KeySample("Ctrl-Up", "\u{1B}[1;5A", .shiftUp), KeySample("Ctrl-Down", "\u{1B}[1;5B", .shiftDown),
        KeySample("Shift-Home", "\u{1B}[1;2H", .home), KeySample("Ctrl-End", "\u{1B}[1;5F", .end),
        KeySample("Ctrl-Delete", "\u{1B}[3;5~", .delete), KeySample("Shift-PageUp", "\u{1B}[5;2~", .pageUp),
        KeySample("Old xterm Ctrl-Left", "\u{1B}O5D", .wordLeft),
        KeySample("Keypad Enter (application keypad)", "\u{1B}OM", .enter),
        KeySample("Keypad 7 (application keypad)", "\u{1B}Ow", .character("7")),
        KeySample("Alt-b", "\u{1B}b", .wordLeft), KeySample("Alt-f", "\u{1B}f", .wordRight),
        KeySample("Backspace (DEL)", "\u{7F}", .backspace),
        KeySample("Focus in and out reports", "\u{1B}[I\u{1B}[O"),
    ]

    static let rxvt: [KeySample] = [
        KeySample("Up", "\u{1B}[A", .up), KeySample("Left", "\u{1B}[D", .left),
        KeySample("Home", "\u{1B}[7~", .home), KeySample("End", "\u{1B}[8~", .end),
        KeySample("Insert", "\u{1B}[2~", .insert), KeySample("Delete", "\u{1B}[3~", .delete),
        KeySample("PageUp", "\u{1B}[5~", .pageUp), KeySample("PageDown", "\u{1B}[6~", .pageDown),
        KeySample("F1", "\u{1B}[11~", .function(1)), KeySample("F2", "\u{1B}[12~", .function(2)),
        KeySample("F3", "\u{1B}[13~", .function(3)), KeySample("F4", "\u{1B}[14~", .function(4)),
        KeySample("F5", "\u{1B}[15~", .function(5)), KeySample("F10", "\u{1B}[21~", .function(10)),
        KeySample("F12", "\u{1B}[24~", .function(12)),
        KeySample("Ctrl-Left", "\u{1B}Od", .wordLeft), KeySample("Ctrl-Right", "\u{1B}Oc", .wordRight),
        KeySample("Ctrl-Up", "\u{1B}Oa", .shiftUp), KeySample("Ctrl-Down", "\u{1B}Ob", .shiftDown),
        KeySample("Shift-Up", "\u{1B}[a", .shiftUp), KeySample("Shift-Down", "\u{1B}[b", .shiftDown),
        KeySample("Shift-Left", "\u{1B}[d", .left), KeySample("Shift-Right", "\u{1B}[c", .right),
        KeySample("Shift-Home", "\u{1B}[7$", .home), KeySample("Shift-End", "\u{1B}[8$", .end),
        KeySample("Ctrl-Home", "\u{1B}[7^", .home), KeySample("Ctrl-Shift-End", "\u{1B}[8@", .end),
        KeySample("Ctrl-PageDown", "\u{1B}[6^", .pageDown),
        KeySample("Shift-Tab", "\u{1B}[Z", .backTab),
        KeySample("Shift-Home then a letter", "\u{1B}[7$y", .home, .character("y")),
        KeySample("Backspace (DEL)", "\u{7F}", .backspace),
    ]

    static let linuxConsole: [KeySample] = [
        KeySample("Up", "\u{1B}[A", .up), KeySample("Right", "\u{1B}[C", .right),
        KeySample("Home", "\u{1B}[1~", .home), KeySample("End", "\u{1B}[4~", .end),
        KeySample("Insert", "\u{1B}[2~", .insert), KeySample("Delete", "\u{1B}[3~", .delete),
        KeySample("PageUp", "\u{1B}[5~", .pageUp), KeySample("PageDown", "\u{1B}[6~", .pageDown),
        KeySample("F1", "\u{1B}[[A", .function(1)), KeySample("F2", "\u{1B}[[B", .function(2)),
        KeySample("F3", "\u{1B}[[C", .function(3)), KeySample("F4", "\u{1B}[[D", .function(4)),
        KeySample("F5", "\u{1B}[[E", .function(5)), KeySample("F6", "\u{1B}[17~", .function(6)),
        KeySample("F11", "\u{1B}[23~", .function(11)), KeySample("F12", "\u{1B}[24~", .function(12)),
        KeySample("Shift-Tab", "\u{1B}[Z", .backTab),
        KeySample("Backspace (DEL)", "\u{7F}", .backspace),
        KeySample("Enter (CR)", "\r", .enter),
        KeySample("Alt-b as ESC b", "\u{1B}b", .wordLeft),
    ]

    /// tmux and screen: what `send-keys` and a client terminal's keys become inside a pane.
    static let tmuxScreen: [KeySample] = [
        KeySample("Up", "\u{1B}[A", .up), KeySample("Up (application mode)", "\u{1B}OA", .up),
        KeySample("Home", "\u{1B}[1~", .home), KeySample("End", "\u{1B}[4~", .end),
        KeySample("Home (screen's kh)", "\u{1B}[1~", .home), KeySample("End (screen's @7)", "\u{1B}[4~", .end),
        KeySample("Insert", "\u{1B}[2~", .insert), KeySample("Delete", "\u{1B}[3~", .delete),
        KeySample("PageUp", "\u{1B}[5~", .pageUp), KeySample("PageDown", "\u{1B}[6~", .pageDown),
        KeySample("F1", "\u{1B}OP", .function(1)), KeySample("F4", "\u{1B}OS", .function(4)),
        KeySample("F5", "\u{1B}[15~", .function(5)), KeySample("F12", "\u{1B}[24~", .function(12)),
        KeySample("Ctrl-Left", "\u{1B}[1;5D", .wordLeft), KeySample("Ctrl-Right", "\u{1B}[1;5C", .wordRight),
        KeySample("Shift-Up", "\u{1B}[1;2A", .shiftUp), KeySample("Shift-Down", "\u{1B}[1;2B", .shiftDown),
        KeySample("Shift-Tab", "\u{1B}[Z", .backTab),
        KeySample("M-b", "\u{1B}b", .wordLeft), KeySample("M-f", "\u{1B}f", .wordRight),
        KeySample("Escape then Escape", "\u{1B}\u{1B}", .escape, .escape),
        KeySample("C-q", "\u{11}", .control("q")),
        KeySample("BSpace", "\u{7F}", .backspace),
    ]

    static let putty: [KeySample] = [
        KeySample("Up", "\u{1B}[A", .up), KeySample("Up (application mode)", "\u{1B}OA", .up),
        KeySample("Home", "\u{1B}[1~", .home), KeySample("End", "\u{1B}[4~", .end),
        KeySample("Insert", "\u{1B}[2~", .insert), KeySample("Delete", "\u{1B}[3~", .delete),
        KeySample("PageUp", "\u{1B}[5~", .pageUp), KeySample("PageDown", "\u{1B}[6~", .pageDown),
        KeySample("F1 (ESC[n~ mode)", "\u{1B}[11~", .function(1)),
        KeySample("F4 (ESC[n~ mode)", "\u{1B}[14~", .function(4)),
        KeySample("F5", "\u{1B}[15~", .function(5)), KeySample("F12", "\u{1B}[24~", .function(12)),
        KeySample("F1 (Linux mode)", "\u{1B}[[A", .function(1)),
        KeySample("F1 (VT100+ mode)", "\u{1B}OP", .function(1)),
        KeySample("Ctrl-Left (toggles to application form)", "\u{1B}OD", .left),
        KeySample("Ctrl-Left (xterm R6 mode)", "\u{1B}[1;5D", .wordLeft),
        KeySample("Shift-Tab", "\u{1B}[Z", .backTab),
        KeySample("Backspace (DEL, the default)", "\u{7F}", .backspace),
        KeySample("Backspace (Control-H)", "\u{8}", .backspace),
        KeySample("Alt-f", "\u{1B}f", .wordRight),
    ]

    static func check(_ sample: KeySample) {
        #expect(KeyDecoder.decode(sample.bytes) == sample.keys, "\(sample.name)")
    }

    @Test(arguments: xterm) func xtermKeys(_ sample: KeySample) { Self.check(sample) }
    @Test(arguments: rxvt) func rxvtKeys(_ sample: KeySample) { Self.check(sample) }
    @Test(arguments: linuxConsole) func linuxConsoleKeys(_ sample: KeySample) { Self.check(sample) }
    @Test(arguments: tmuxScreen) func tmuxAndScreenKeys(_ sample: KeySample) { Self.check(sample) }
    @Test(arguments: putty) func puttyKeys(_ sample: KeySample) { Self.check(sample) }

    /// Every sequence of every table, back to back in one read: each decodes on its own, none eats the next.
    @Test func allSequencesBackToBack() {
        let samples = Self.xterm + Self.rxvt + Self.linuxConsole + Self.tmuxScreen + Self.putty
        // A lone ESC would read the next sequence as Alt + its first byte: those rows are left out.
        let joinable = samples.filter { !$0.bytes.hasSuffix("\u{1B}") }
        #expect(KeyDecoder.decode(joinable.map(\.bytes).joined()) == joinable.flatMap(\.keys))
    }

    /// The same with a printable character between sequences: it is a key of its own, not part of either.
    @Test func charactersBetweenSequences() {
        #expect(
            KeyDecoder.decode("a\u{1B}[1~b\u{1B}[4~c") == [
                .character("a"), .home, .character("b"), .end, .character("c"),
            ])
        #expect(KeyDecoder.decode("\u{1B}OHx\u{1B}OF") == [.home, .character("x"), .end])
    }

    // MARK: Control keys

    static let controls: [KeySample] = [
        KeySample("Tab", "\t", .tab), KeySample("CR", "\r", .enter), KeySample("LF", "\n", .enter),
        KeySample("CR LF", "\r\n", .enter, .enter),
        KeySample("DEL", "\u{7F}", .backspace), KeySample("BS", "\u{8}", .backspace),
        KeySample("Ctrl-A", "\u{1}", .control("a")), KeySample("Ctrl-E", "\u{5}", .control("e")),
        KeySample("Ctrl-S", "\u{13}", .control("s")), KeySample("Ctrl-Z", "\u{1A}", .control("z")),
        KeySample("NUL and Ctrl-\\ are nothing", "\u{0}\u{1C}"),
        KeySample("Lone ESC", "\u{1B}", .escape),
        KeySample("ESC then a letter", "\u{1B}x", .escape, .character("x")),
        KeySample("ESC then a tab", "\u{1B}\t", .escape, .tab),
    ]

    @Test(arguments: controls) func controlKeys(_ sample: KeySample) { Self.check(sample) }

    // MARK: Text

    @Test func aSingleCharacterIsACharacter() {
        #expect(KeyDecoder.decode("é") == [.character("é")])
        #expect(KeyDecoder.decode("€") == [.character("€")])
        #expect(KeyDecoder.decode("😀") == [.character("😀")])
    }

    @Test func charactersWaitingTogetherAreOnePaste() {
        #expect(KeyDecoder.decode("Hélène – « œuvre »") == [.paste("Hélène – « œuvre »")])
        #expect(KeyDecoder.decode("ab\tcd\r") == [.paste("ab"), .tab, .paste("cd"), .enter])
        // A letter and a combining accent: one grapheme, two scalars, a paste as before.
        #expect(KeyDecoder.decode("e\u{301}") == [.paste("e\u{301}")])
    }

    @Test func runsAreCutWhereTheReadsAre() {
        var decoder = KeyDecoder()
        decoder.feed(bytes: Array("ab".utf8))
        #expect(decoder.next() == nil, "more may be waiting: the run goes on")
        decoder.flush()
        decoder.feed(bytes: Array("c".utf8))
        decoder.flush()
        #expect(decoder.next() == .paste("ab"))
        #expect(decoder.next() == .character("c"))
        #expect(decoder.next() == nil)
    }

    @Test func aLongRunIsCutAtTheCap() {
        let text = String(repeating: "x", count: KeyDecoder.maxPasteBytes + 10)
        let keys = KeyDecoder.decode(text)
        #expect(keys.count == 2)
        #expect(keys.first == .paste(String(repeating: "x", count: KeyDecoder.maxPasteBytes)))
        #expect(keys.last == .paste(String(repeating: "x", count: 10)))
    }

    @Test func utf8SplitBetweenReads() {
        var decoder = KeyDecoder()
        let bytes = Array("é".utf8)
        decoder.feed(bytes: bytes[0..<1])
        decoder.feed(bytes: bytes[1...])
        decoder.flush()
        #expect(decoder.next() == .character("é"))
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        #expect(KeyDecoder.decode([0x61, 0xFF, 0x62]) == [.paste("a\u{FFFD}b")])
        #expect(KeyDecoder.decode([0xC3]) == [.character("\u{FFFD}")])
        #expect(KeyDecoder.decode([0xED, 0xA0, 0x80]) == [.paste("\u{FFFD}\u{FFFD}\u{FFFD}")], "a surrogate")
        #expect(KeyDecoder.decode([0xC0, 0xAF]) == [.paste("\u{FFFD}\u{FFFD}")], "an overlong form")
    }

    // MARK: Escapes that are not keys

    static let dropped: [KeySample] = [
        KeySample("Unknown CSI", "a\u{1B}[99xb", .paste("ab")),
        KeySample("SGR colour", "a\u{1B}[31;1mb", .paste("ab")),
        KeySample("Erase screen", "\u{1B}[2J"),
        KeySample("Private CSI (a report)", "\u{1B}[?1;2c"),
        KeySample("CSI with an intermediate", "\u{1B}[1 q"),
        KeySample("Unknown SS3", "\u{1B}Oz"),
        KeySample("OSC title, BEL", "\u{1B}]0;PWNED\u{7}"),
        KeySample("OSC hyperlink, ST", "\u{1B}]8;;http://exemple.invalid\u{1B}\\"),
        KeySample("DCS", "\u{1B}Pq#0;2;0;0;0\u{1B}\\"),
        KeySample("SOS", "\u{1B}Xsecret\u{1B}\\"), KeySample("PM", "\u{1B}^secret\u{1B}\\"),
        KeySample("APC", "\u{1B}_secret\u{1B}\\"),
        KeySample("OSC ended by C1 ST", "\u{1B}]0;x\u{9C}a", .character("a")),
        KeySample("OSC cut by another sequence", "\u{1B}]0;x\u{1B}[A", .up),
        KeySample("CSI cut by a control character", "\u{1B}[1\r", .enter),
        KeySample("Unfinished CSI at the end of the input", "\u{1B}[1;5"),
        KeySample("Unfinished OSC at the end of the input", "\u{1B}]0;PWN"),
    ]

    @Test(arguments: dropped) func droppedSequences(_ sample: KeySample) { Self.check(sample) }

    /// What the hostile-input end-to-end test types: nothing of the sequences reaches the text, which stays one
    /// paste (a dropped sequence does not cut the run of characters around it).
    @Test func pastedEscapesLeaveOnlyTheText() {
        let keys = KeyDecoder.decode(
            "Avant \u{1B}]0;PWNED\u{7}\u{1B}[2J\u{1B}[31mrouge\u{1B}]8;;http://exemple.invalid\u{1B}\\ après")
        #expect(keys == [.paste("Avant rouge après")])
    }

    @Test func aVeryLongControlStringEndsAtItsCap() {
        let keys = KeyDecoder.decode("\u{1B}]" + String(repeating: "x", count: KeyDecoder.maxControlStringLength + 3))
        #expect(keys == [.paste("xxx")])
    }

    // MARK: Bracketed paste

    @Test func aBracketedPasteIsOnePasteWithItsLineBreaks() {
        #expect(
            KeyDecoder.decode("\u{1B}[200~Première ligne\rSeconde ligne\u{1B}[201~") == [
                .paste("Première ligne\rSeconde ligne")
            ])
        #expect(KeyDecoder.decode("\u{1B}[200~a\nb\tc\u{1B}[201~") == [.paste("a\nb\tc")])
        #expect(KeyDecoder.decode("\u{1B}[200~x\u{1B}[201~") == [.paste("x")], "even one character")
        #expect(KeyDecoder.decode("\u{1B}[200~\u{1B}[201~") == [], "an empty paste is nothing")
    }

    @Test func keysAroundABracketedPaste() {
        #expect(
            KeyDecoder.decode("ab\u{1B}[200~cd\u{1B}[201~\u{1B}[Aef") == [
                .paste("ab"), .paste("cd"), .up, .paste("ef"),
            ])
    }

    @Test func sequencesInsideABracketedPasteAreDropped() {
        #expect(
            KeyDecoder.decode("\u{1B}[200~a\u{1B}[31mb\u{1B}]0;PWNED\u{7}c\u{1B}[Ad\u{1B}be\u{1B}[201~") == [
                .paste("abcde")
            ])
    }

    @Test func aBracketedPasteMayComeInSeveralReads() {
        var decoder = KeyDecoder()
        for part in ["\u{1B}[200~Pre", "mière\r", "Seconde\u{1B}", "[20", "1~"] {
            decoder.feed(bytes: Array(part.utf8))
            decoder.flush()
        }
        #expect(decoder.next() == .paste("Première\rSeconde"))
        #expect(decoder.next() == nil)
        #expect(!decoder.isInsidePaste)
    }

    /// Whatever a bracketed paste holds (line breaks of every kind, tabs, a nested start marker, sequences,
    /// C1 controls, characters of every width), it is one paste: its text is all there, for the field to clean.
    @Test func aBracketedPasteIsOnePasteWhateverItHolds() {
        let held = "Premier morceau\r\nSecond\tmorceau\u{1B}[200~ « é » 🇧🇪\u{1B}[31m rouge\u{85}\rfin"
        #expect(
            KeyDecoder.decode("\u{1B}[200~" + held + "\u{1B}[201~")
                == [.paste("Premier morceau\r\nSecond\tmorceau « é » 🇧🇪 rouge\u{85}\rfin")])
    }

    @Test func anUnendedBracketedPasteIsGivenWhenInputStops() {
        var decoder = KeyDecoder()
        decoder.feed(bytes: Array("\u{1B}[200~abc".utf8))
        decoder.flush()
        #expect(decoder.next() == nil)
        #expect(decoder.isInsidePaste)
        decoder.flush(endingPaste: true)
        #expect(decoder.next() == .paste("abc"))
        decoder.feed(bytes: Array("d".utf8))
        decoder.flush()
        #expect(decoder.next() == .character("d"), "typing goes on normally")
    }

    @Test func aHugeBracketedPasteIsCappedAndTheRestDropped() {
        let big = String(repeating: "é", count: KeyDecoder.maxPasteBytes)  // twice the cap in bytes
        let keys = KeyDecoder.decode("\u{1B}[200~" + big + "\u{1B}[201~z")
        #expect(keys == [.paste(String(repeating: "é", count: KeyDecoder.maxPasteBytes / 2)), .character("z")])
    }

    // MARK: The lone ESC

    @Test func aLoneEscapeWaitsForTheNextRead() {
        var decoder = KeyDecoder()
        decoder.feed("\u{1B}")
        #expect(decoder.next() == nil)
        #expect(decoder.isInsideSequence)
        decoder.feed("[")
        decoder.feed("1")
        decoder.flush()
        #expect(decoder.next() == nil, "an unfinished sequence is dropped")
        decoder.feed("\u{1B}")
        decoder.flush()
        #expect(decoder.next() == .escape)
        #expect(!decoder.isInsideSequence)
    }

    @Test func aSequenceSplitBetweenReadsBeforeTheFlush() {
        var decoder = KeyDecoder()
        decoder.feed(bytes: [0x1B])
        decoder.feed(bytes: Array("[1~".utf8))
        decoder.flush()
        #expect(decoder.next() == .home)
    }

    // MARK: ncurses key codes

    static let cursesNames: [(String, Key?)] = [
        ("KEY_UP", .up), ("KEY_DOWN", .down), ("KEY_LEFT", .left), ("KEY_RIGHT", .right),
        ("KEY_HOME", .home), ("KEY_END", .end), ("KEY_FIND", .home), ("KEY_SELECT", .end),
        ("KEY_A1", .home), ("KEY_C1", .end), ("KEY_PPAGE", .pageUp), ("KEY_NPAGE", .pageDown),
        ("KEY_BACKSPACE", .backspace), ("KEY_DC", .delete), ("KEY_IC", .insert), ("KEY_BTAB", .backTab),
        ("KEY_ENTER", .enter), ("KEY_SR", .shiftUp), ("KEY_SF", .shiftDown),
        ("KEY_F(1)", .function(1)), ("KEY_F(12)", .function(12)), ("KEY_F(13)", nil),
        ("kLFT5", .wordLeft), ("kRIT5", .wordRight), ("kLFT3", .wordLeft), ("kUP5", .shiftUp), ("kDN5", .shiftDown),
        ("kHOM5", .home), ("kEND5", .end), ("KEY_MOUSE", nil), ("KEY_RESIZE", nil),
    ]

    @Test func cursesKeyNames() {
        for (name, key) in Self.cursesNames {
            #expect(KeyDecoder.cursesKey(named: name) == key, "\(name)")
        }
    }

    @Test func aCursesKeyEndsARunAndALoneEscape() {
        var decoder = KeyDecoder()
        decoder.feed(bytes: Array("ab".utf8))
        decoder.feed(cursesKeyName: "KEY_LEFT")
        decoder.feed(bytes: [0x1B])
        decoder.feed(cursesKeyName: "KEY_HOME")
        decoder.flush()
        var keys: [Key] = []
        while let key = decoder.next() { keys.append(key) }
        #expect(keys == [.paste("ab"), .left, .escape, .home])
    }
}
