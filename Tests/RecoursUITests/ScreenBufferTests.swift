import Testing

@testable import RecoursUI

@Suite struct ScreenBufferTests {
    /// Text cut for width ends with "…", in the last column it may take.
    @Test func textIsClippedToTheScreenAndTheGivenWidth() {
        var screen = ScreenBuffer(width: 10, height: 2)
        #expect(screen.put("Réclamation écrite", x: 0, y: 0, style: .normal) == 10)
        #expect(screen.line(0) == "Réclamati" + "…")
        screen.put("abcdef", x: 2, y: 1, style: .error, maxWidth: 3)
        #expect(screen.line(1) == "  ab…     ")
        #expect(screen.styleLine(1) == "  EEE     ")
        screen.put("hors", x: 0, y: 5, style: .normal)  // off screen: ignored
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.put("中文字", x: 1, y: 0, style: .normal)
        // Only two wide characters fit in columns 1–4; the third would need columns 5–6: "…" says it is cut.
        #expect(screen.line(0) == " 中文…")
        #expect(screen[2, 0].isContinuation)
        // Writing over half of a wide character blanks the other half.
        screen.put("x", x: 2, y: 0, style: .normal)
        #expect(screen.line(0) == "  x文…")
    }

    @Test func combiningAccentsStayOnTheirLetterAndControlsAreNotDrawn() {
        var screen = ScreenBuffer(width: 8, height: 1)
        screen.put("e\u{301}té\u{1B}[31m", x: 0, y: 0, style: .normal)
        #expect(screen.line(0) == "e\u{301}té[31m ")
        #expect(!screen.line(0).contains("\u{1B}"))
    }

    @Test func emojiAndAccentsMeasureRight() {
        var screen = ScreenBuffer(width: 10, height: 1)
        #expect(screen.put("👍🏽 «œ»", x: 0, y: 0, style: .normal) == 6)
    }
}
