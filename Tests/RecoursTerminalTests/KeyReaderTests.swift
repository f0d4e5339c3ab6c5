import RecoursUI
import Testing

@testable import RecoursTerminal

/// Input as a script: units, and pauses that a read waiting long enough goes past. No clock: a pause is only
/// compared with how long the reader says it would wait.
final class ScriptedInput: InputSource {
    enum Step {
        case text(String)
        case key(String)
        case resize
        case pause(Int32)
    }

    private var steps: [InputUnit?] = []
    private var pauses: [Int: Int32] = [:]
    private(set) var waits: [Int32] = []

    init(_ script: [Step]) {
        for step in script {
            switch step {
            case .text(let text): steps += text.unicodeScalars.map { .scalar($0) }
            case .key(let name): steps.append(.cursesKey(name))
            case .resize: steps.append(.resize)
            case .pause(let ms): pauses[steps.count] = (pauses[steps.count] ?? 0) + ms
            }
        }
    }

    private var position = 0

    func next(waitingUpTo milliseconds: Int32) -> InputUnit? {
        waits.append(milliseconds)
        if let pause = pauses[position], pause > 0 {
            guard milliseconds >= pause else {
                pauses[position] = pause - milliseconds
                return nil
            }
            pauses[position] = 0
        }
        guard position < steps.count else { return nil }
        defer { position += 1 }
        return steps[position]
    }
}

@Suite struct KeyReaderTests {
    static func events(_ script: [ScriptedInput.Step], reads: Int) -> [KeyReader.Event] {
        let input = ScriptedInput(script)
        var reader = KeyReader()
        return (0..<reads).map { _ in reader.read(from: input) }
    }

    @Test func nothingTypedIsATimeout() {
        #expect(Self.events([], reads: 2) == [.timeout, .timeout])
    }

    @Test func whatIsWaitingTogetherIsReadTogether() {
        #expect(
            Self.events([.text("Hélène\tx")], reads: 4) == [
                .key(.paste("Hélène")), .key(.tab), .key(.character("x")), .timeout,
            ])
    }

    @Test func aPauseCutsARun() {
        #expect(
            Self.events([.text("ab"), .pause(300), .text("c")], reads: 4)
                == [.key(.paste("ab")), .timeout, .timeout, .key(.character("c"))])
    }

    @Test func aSequenceSplitByAShortPauseIsStillOneKey() {
        #expect(Self.events([.text("\u{1B}"), .pause(10), .text("[1~")], reads: 2) == [.key(.home), .timeout])
    }

    @Test func aLoneEscapeIsTheEscapeKeyAfterTheGrace() {
        let input = ScriptedInput([.text("\u{1B}"), .pause(200), .text("x")])
        var reader = KeyReader()
        #expect(reader.read(from: input) == .key(.escape))
        #expect(input.waits == [reader.inputTimeout, 0, reader.sequenceDelay], "waited only the grace")
        #expect(reader.read(from: input) == .timeout)
        #expect(reader.read(from: input) == .key(.character("x")))
    }

    @Test func aResizeComesAfterTheKeysBeforeIt() {
        #expect(
            Self.events([.text("ab\u{1B}[A"), .resize, .text("c")], reads: 4)
                == [.key(.paste("ab")), .key(.up), .resize, .key(.character("c"))])
    }

    @Test func cursesKeysAreDecodedByName() {
        #expect(
            Self.events([.key("KEY_HOME"), .text("x"), .key("kRIT5")], reads: 3)
                == [.key(.home), .key(.character("x")), .key(.wordRight)])
    }

    @Test func aBracketedPasteInSlowPartsIsOnePaste() {
        #expect(
            Self.events(
                [.text("\u{1B}[200~Première"), .pause(60), .text("\rSeconde\u{1B}[20"), .pause(60), .text("1~")],
                reads: 4) == [.timeout, .timeout, .key(.paste("Première\rSeconde")), .timeout])
    }

    /// A part of a paste coming long after the one before (a slow link) still belongs to the same paste: its line
    /// break is text, not the Enter key.
    @Test func aBracketedPasteWithALongPauseIsStillOnePaste() {
        let input = ScriptedInput([
            .text("\u{1B}[200~Premier morceau"), .pause(600), .text("\rSecond morceau\u{1B}[201~"),
        ])
        var reader = KeyReader()
        #expect(reader.read(from: input) == .timeout)
        #expect(reader.read(from: input) == .key(.paste("Premier morceau\rSecond morceau")))
        #expect(input.waits.contains(reader.pasteTimeout), "waited for the rest of the paste")
        #expect(reader.read(from: input) == .timeout)
    }

    @Test func aBracketedPasteThatNeverEndsIsGivenAfterATimeout() {
        #expect(Self.events([.text("\u{1B}[200~abc")], reads: 3) == [.timeout, .key(.paste("abc")), .timeout])
    }
}
