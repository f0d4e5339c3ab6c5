import RecoursCore

/// Display widths, word characters and the soft-wrap rule of the text editor.
enum EditorText {
    /// Columns of one grapheme cluster on the terminal (RecoursCore's `DisplayWidth`, with a fast path for ASCII).
    @inline(__always)
    static func width(_ character: Character) -> Int {
        if let byte = ascii(character) { return (byte >= 0x20 && byte < 0x7F) ? 1 : 0 }
        return DisplayWidth.of(character)
    }

    /// The byte of a one-byte (ASCII) grapheme. Much faster than `Character.asciiValue`, and nil for "\r\n".
    @inline(__always)
    static func ascii(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    static func width<C: Sequence>(_ characters: C) -> Int where C.Element == Character {
        var total = 0
        for character in characters { total += width(character) }
        return total
    }

    /// Letters and digits, accented or not, in any script: what word motion and undo grouping call a word.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    @inline(__always)
    static func isSpace(_ character: Character) -> Bool { ascii(character) == 0x20 }

    /// A hard line break of a multi-line text: "\n", or "\r\n" (one grapheme cluster). A line feed is always
    /// the last scalar of its cluster.
    @inline(__always)
    static func isLineBreak(_ character: Character) -> Bool { character.utf8.last == 0x0A }

    /// A grapheme made of regional indicators (a flag, or one indicator alone).
    static func isRegionalIndicator(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return (0x1F1E6...0x1F1FF).contains(first.value)
    }

    /// The same grapheme, scalar for scalar (`==` on `Character` ignores the difference between `é` and `e` + U+0301).
    static func identical(_ a: Character, _ b: Character) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    static func identical(_ a: ArraySlice<Character>, _ b: ArraySlice<Character>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { identical($0, $1) }
    }

    /// The soft-wrap rule, greedy and memoryless: the lines after a line start depend only on the text from there.
    ///
    /// - A line holds as many graphemes as fit in `width` columns; it breaks after the last run of spaces
    ///   that fits, so words are not split; a word wider than the whole line is cut.
    /// - A space that no longer fits stays at the end of its line, past the edge ("hanging"), and the next
    ///   line starts after it; the spaces after it start the next line.
    /// - When the paragraph's last line is full (`width` columns), an empty line follows it, where the cursor
    ///   at the end of the paragraph is shown: the cursor never sits past the right edge, and typing there
    ///   never makes it jump.
    /// - A grapheme wider than `width` still gets a line of its own.
    ///
    /// Returns the line starts after `start` in `chars[..<end]`. `stop` is asked about each new line start;
    /// when it answers true, wrapping stops there and that start is returned as `stoppedAt` (not in `starts`).
    static func wrap(_ chars: Graphemes, end n: Int, width: Int, from start: Int, stop: (Int) -> Bool)
        -> (starts: [Int], stoppedAt: Int?)
    {
        let limit = max(1, width)
        var starts: [Int] = []
        var lineStart = start
        var column = 0
        var lastBreak = -1
        var i = start
        while i < n {
            let w: Int
            if let byte = chars.ascii(at: i) {
                if byte == 0x20 {
                    if column < limit {
                        column += 1
                        i += 1
                        lastBreak = i
                    } else {
                        i += 1  // hanging space
                        if stop(i) { return (starts, i) }
                        starts.append(i)
                        lineStart = i
                        column = 0
                        lastBreak = -1
                    }
                    continue
                }
                w = (byte >= 0x20 && byte < 0x7F) ? 1 : 0
            } else {
                w = chars.width(at: i)
            }
            if column + w <= limit || i == lineStart {
                column += w
                i += 1
                continue
            }
            let next = lastBreak > lineStart ? lastBreak : i
            if stop(next) { return (starts, next) }
            starts.append(next)
            column = chars.width(next..<i)
            lineStart = next
            lastBreak = -1
        }
        if column >= limit, n > lineStart {
            if stop(n) { return (starts, n) }
            starts.append(n)
        }
        return (starts, nil)
    }
}

/// The text of an editor, stored as paragraphs (hard lines) of grapheme clusters with their soft-wrap layout,
/// and as one `String` kept in step with them.
///
/// Layout cache: each paragraph keeps the offsets where its visual lines start, computed for `wrapWidth`.
/// An edit inside one paragraph re-wraps from two lines before the edit and stops as soon as a line start
/// coincides with an old one after the edit (the wrap rule is memoryless, so the rest cannot change); an edit
/// that adds or removes line breaks re-wraps only the paragraphs it touches. Prefix sums (first grapheme,
/// first visual row and first UTF-8 byte of each paragraph) map between global indices, rows and paragraphs
/// by binary search; they are updated in O(paragraphs) integer additions per edit.
struct EditorStorage: Equatable, Sendable {
    struct Paragraph: Equatable, Sendable {
        /// The graphemes, the line break ("\n" or "\r\n") that ends the paragraph included, except in the last one.
        var chars: Graphemes
        /// Offsets in `chars` where the visual lines start; the first is 0.
        var lineStarts: [Int]
        /// UTF-8 length of `chars`.
        var utf8Count: Int
    }

    private(set) var paragraphs: [Paragraph]
    /// Global grapheme index of each paragraph's first grapheme.
    private(set) var paragraphStarts: [Int]
    /// Visual row of each paragraph's first line.
    private(set) var rowStarts: [Int]
    /// UTF-8 offset in `text` of each paragraph.
    private(set) var utf8Starts: [Int]
    private(set) var text: String
    /// Graphemes in the whole text, line breaks included.
    private(set) var count: Int
    private(set) var rowCount: Int
    /// Multi-line: line breaks start paragraphs. Single-line: one paragraph, whatever it holds.
    let splitsLines: Bool
    /// nil: no soft wrap (single-line fields scroll horizontally).
    private(set) var wrapWidth: Int?
    /// Whether `text` was built by this storage (by an edit), rather than handed to it: see `replace`.
    private var ownership = Ownership()

    /// A hint for the speed of edits only, not part of the value: equal whatever it says.
    struct Ownership: Equatable, Sendable {
        var ownsText = false
        static func == (_: Self, _: Self) -> Bool { true }
    }

    init(text: String, splitsLines: Bool, wrapWidth: Int?) {
        self.splitsLines = splitsLines
        self.wrapWidth = wrapWidth
        self.text = text
        paragraphs = []
        if splitsLines {
            var current = Graphemes()
            for character in text {
                current.append(character)
                if EditorText.isLineBreak(character) {
                    paragraphs.append(
                        Paragraph(chars: current.compacted(), lineStarts: [0], utf8Count: current.utf8.count))
                    current.removeAll(keepingCapacity: true)
                }
            }
            paragraphs.append(Paragraph(chars: current.compacted(), lineStarts: [0], utf8Count: current.utf8.count))
        } else {
            paragraphs = [Paragraph(chars: Graphemes(text).compacted(), lineStarts: [0], utf8Count: text.utf8.count)]
        }
        paragraphStarts = []
        rowStarts = []
        utf8Starts = []
        count = 0
        rowCount = 0
        for k in paragraphs.indices { paragraphs[k].lineStarts = layout(paragraphs[k], last: k == lastParagraph) }
        rebuildPrefixes(from: 0)
    }

    // MARK: Reading

    var lastParagraph: Int { paragraphs.count - 1 }

    /// Graphemes of paragraph `k` without its line break.
    func contentCount(_ k: Int) -> Int {
        paragraphs[k].chars.count - (k < lastParagraph ? 1 : 0)
    }

    /// The paragraph holding global index `index` (0...count) and the offset in it. The index of a line break
    /// belongs to the paragraph it ends (the end of its text).
    func locate(_ index: Int) -> (paragraph: Int, offset: Int) {
        var low = 0
        var high = paragraphStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if paragraphStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low, index - paragraphStarts[low])
    }

    /// Paragraph, offset and visual line (in the paragraph) of a global index. At a soft break the index belongs
    /// to the line it starts.
    func location(of index: Int) -> (paragraph: Int, offset: Int, line: Int) {
        let (k, offset) = locate(index)
        return (k, offset, Self.lastIndex(in: paragraphs[k].lineStarts, atMost: offset))
    }

    /// Paragraph and line of a visual row (0..<rowCount).
    func line(atRow row: Int) -> (paragraph: Int, line: Int) {
        let k = Self.lastIndex(in: rowStarts, atMost: row)
        return (k, row - rowStarts[k])
    }

    /// Offsets in paragraph `k` of visual line `j`, its line break excluded.
    func lineRange(paragraph k: Int, line j: Int) -> Range<Int> {
        let starts = paragraphs[k].lineStarts
        let end = j + 1 < starts.count ? starts[j + 1] : contentCount(k)
        return starts[j]..<end
    }

    func character(at index: Int) -> Character {
        let (k, offset) = locate(index)
        return paragraphs[k].chars[offset]
    }

    func characters(in range: Range<Int>) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(range.count)
        guard !range.isEmpty else { return result }
        var (k, offset) = locate(range.lowerBound)
        var remaining = range.count
        while remaining > 0 {
            let chars = paragraphs[k].chars
            let take = min(remaining, chars.count - offset)
            result.append(contentsOf: chars[offset..<offset + take])
            remaining -= take
            k += 1
            offset = 0
        }
        return result
    }

    static func lastIndex(in sorted: [Int], atMost value: Int) -> Int {
        var low = 0
        var high = sorted.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sorted[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }

    static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Editing

    /// Replaces the graphemes in `range` (global indices) by `new`, exactly as given: the caller has already
    /// made sure the grapheme boundaries are those the whole text would have.
    mutating func replace(_ range: Range<Int>, with new: [Character]) {
        let (pa, offsetA) = locate(range.lowerBound)
        let (pb, offsetB) = locate(range.upperBound)
        let utf8Low = utf8Starts[pa] + utf8Prefix(pa, offsetA)
        let utf8High = utf8Starts[pb] + utf8Prefix(pb, offsetB)
        var newUTF8 = 0
        for character in new { newUTF8 += character.utf8.count }

        // The String first, changed in place: the bytes after the edit move (nothing to move when typing at the
        // end), and nothing else is copied — a few microseconds for a 1 MB text, where building a new String
        // copied the whole megabyte at every key (about 0.25 ms, and 1 MB more of memory to fault in).
        //
        // In place only while `text` is the single owner of its buffer: `String` copies on write, and a
        // `replaceSubrange` on a shared 1 MB String goes through the standard library's general path, which is
        // slower than the copy (milliseconds). So the wizard hands its dossier's copy of the focused text back
        // before it edits (`WizardState.editFocusedText`), and a save gets a copy of its own
        // (`WizardState.saveEffect`); while some other holder keeps the old text, the String is copied, once.
        // The text an editor starts from is the dossier's (and maybe the caller's too): the first edit builds a
        // new String, which this storage then owns. No `utf8` view is kept in a variable across the change: it
        // would be a second owner.
        replaceText(utf8Low..<utf8High, with: new, newUTF8Count: newUTF8)

        if pa == pb, !(splitsLines && new.contains(where: EditorText.isLineBreak)) {
            replaceInParagraph(pa, offsetA..<offsetB, with: new, utf8Delta: newUTF8 - (utf8High - utf8Low))
        } else {
            replaceParagraphs(pa...pb, offsetA: offsetA, offsetB: offsetB, with: new)
        }
    }

    /// Replaces the UTF-8 bytes `bytes` of `text` by `new`: in place once the text is this storage's own.
    private mutating func replaceText(_ bytes: Range<Int>, with new: [Character], newUTF8Count: Int) {
        let low = Self.index(text, utf8Offset: bytes.lowerBound)
        let high = Self.index(text, utf8Offset: bytes.upperBound)
        guard ownership.ownsText else {
            // Appending the kept parts to a new String is a copy of already valid UTF-8.
            var newText = String()
            newText.reserveCapacity(text.utf8.count - bytes.count + newUTF8Count)
            newText += text[..<low]
            for character in new { newText.append(character) }
            newText += text[high...]
            text = newText
            ownership.ownsText = true
            return
        }
        var insertion = String()
        if newUTF8Count > 15 { insertion.reserveCapacity(newUTF8Count) }
        for character in new { insertion.append(character) }
        text.replaceSubrange(low..<high, with: insertion)
    }

    @inline(__always)
    private static func index(_ text: String, utf8Offset offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    mutating func setWrapWidth(_ width: Int?) {
        guard width != wrapWidth else { return }
        wrapWidth = width
        for k in paragraphs.indices { paragraphs[k].lineStarts = layout(paragraphs[k], last: k == lastParagraph) }
        rebuildPrefixes(from: 0)
    }

    private func utf8Prefix(_ k: Int, _ offset: Int) -> Int {
        paragraphs[k].chars.byteOffset(offset)
    }

    private func layout(_ paragraph: Paragraph, last: Bool) -> [Int] {
        guard let wrapWidth else { return [0] }
        let end = paragraph.chars.count - (last ? 0 : 1)
        return [0] + EditorText.wrap(paragraph.chars, end: end, width: wrapWidth, from: 0, stop: { _ in false }).starts
    }

    /// An edit inside one paragraph that adds no line break: re-wraps only the lines around the edit.
    private mutating func replaceInParagraph(_ k: Int, _ range: Range<Int>, with new: [Character], utf8Delta: Int) {
        let delta = new.count - range.count
        paragraphs[k].chars.replaceSubrange(range, with: new)
        paragraphs[k].utf8Count += utf8Delta
        var rowDelta = 0
        if let wrapWidth {
            let old = paragraphs[k].lineStarts
            // Lines ending two lines before the edit cannot change: a line's break depends on the text up to the
            // grapheme that overflowed it, which is on the next line at the latest.
            let editLine = Self.lastIndex(in: old, atMost: range.lowerBound)
            let restartLine = max(0, editLine - 2)
            let oldEditEnd = range.upperBound
            let newEditEnd = range.lowerBound + new.count
            var x = Self.firstIndex(in: old, atLeast: oldEditEnd)
            let wrapped = EditorText.wrap(
                paragraphs[k].chars, end: contentCount(k), width: wrapWidth, from: old[restartLine]
            ) { start in
                guard start >= newEditEnd else { return false }
                while x < old.count, old[x] + delta < start { x += 1 }
                return x < old.count && old[x] + delta == start
            }
            var starts = Array(old[0...restartLine])
            starts.append(contentsOf: wrapped.starts)
            if wrapped.stoppedAt != nil {
                for i in x..<old.count { starts.append(old[i] + delta) }
            }
            rowDelta = starts.count - old.count
            paragraphs[k].lineStarts = starts
        }
        count += delta
        rowCount += rowDelta
        if delta != 0 || rowDelta != 0 || utf8Delta != 0 {
            for i in (k + 1)..<paragraphs.count {
                paragraphStarts[i] += delta
                rowStarts[i] += rowDelta
                utf8Starts[i] += utf8Delta
            }
        }
    }

    /// Any other edit: the paragraphs it touches are joined, edited, split again at line breaks and re-wrapped.
    private mutating func replaceParagraphs(
        _ touched: ClosedRange<Int>, offsetA: Int, offsetB: Int, with new: [Character]
    ) {
        let endsDocument = touched.upperBound == lastParagraph
        // Joined and split again from their bytes: a line break typed in a 1 MB paragraph does not spell it out
        // grapheme by grapheme.
        var joined = Graphemes()
        joined.append(contentsOf: paragraphs[touched.lowerBound].chars, 0..<offsetA)
        for character in new { joined.append(character) }
        let last = paragraphs[touched.upperBound].chars
        joined.append(contentsOf: last, offsetB..<last.count)
        var pieces: [Paragraph] = []
        var pieceStart = 0
        if splitsLines {
            for i in 0..<joined.count where joined.isLineBreak(at: i) {
                let piece = joined.extracting(pieceStart..<i + 1)
                pieces.append(Paragraph(chars: piece, lineStarts: [0], utf8Count: piece.utf8.count))
                pieceStart = i + 1
            }
        }
        let current = joined.extracting(pieceStart..<joined.count)
        // The touched paragraphs ended with a line break unless they ended the text: then what is left is
        // the (maybe empty) last paragraph.
        if endsDocument || !current.isEmpty || pieces.isEmpty {
            pieces.append(Paragraph(chars: current, lineStarts: [0], utf8Count: current.utf8.count))
        }
        paragraphs.replaceSubrange(touched, with: pieces)
        for k in touched.lowerBound..<(touched.lowerBound + pieces.count) {
            paragraphs[k].lineStarts = layout(paragraphs[k], last: k == lastParagraph)
        }
        rebuildPrefixes(from: touched.lowerBound)
    }

    private mutating func rebuildPrefixes(from first: Int) {
        let n = paragraphs.count
        if paragraphStarts.count > n {
            paragraphStarts.removeLast(paragraphStarts.count - n)
            rowStarts.removeLast(rowStarts.count - n)
            utf8Starts.removeLast(utf8Starts.count - n)
        }
        while paragraphStarts.count < n {
            paragraphStarts.append(0)
            rowStarts.append(0)
            utf8Starts.append(0)
        }
        var start = 0
        var row = 0
        var utf8 = 0
        if first > 0 {
            start = paragraphStarts[first - 1] + paragraphs[first - 1].chars.count
            row = rowStarts[first - 1] + paragraphs[first - 1].lineStarts.count
            utf8 = utf8Starts[first - 1] + paragraphs[first - 1].utf8Count
        }
        for k in first..<n {
            paragraphStarts[k] = start
            rowStarts[k] = row
            utf8Starts[k] = utf8
            start += paragraphs[k].chars.count
            row += paragraphs[k].lineStarts.count
            utf8 += paragraphs[k].utf8Count
        }
        count = start
        rowCount = row
    }
}
