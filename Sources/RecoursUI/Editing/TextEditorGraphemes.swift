import RecoursCore

/// The grapheme clusters of one paragraph of an editor, stored compactly: their UTF-8 bytes one after the other,
/// and the offset where each one ends. About 5 bytes per grapheme of French text, where `[Character]` takes 16:
/// a 1 MB text costs 5 MB instead of 16 (20 with the spare capacity of growing arrays).
///
/// A collection of `Character` (each built from its bytes when read), with the cheap questions the editor asks
/// most — width, ASCII byte, UTF-8 length — answered from the bytes without building it. The graphemes are
/// those of the whole text: they are stored as they were segmented there, and never segmented again here.
struct Graphemes: RandomAccessCollection, RangeReplaceableCollection, Equatable, Sendable {
    /// UTF-8 of the graphemes.
    private(set) var utf8: [UInt8] = []
    /// `ends[i]`: offset in `utf8` just after grapheme `i`.
    private(set) var ends: [UInt32] = []

    init() {}

    /// Graphemes taken as they are (each `Character` one grapheme).
    init<S: Sequence>(_ characters: S) where S.Element == Character {
        for character in characters { append(character) }
    }

    init(utf8: [UInt8], ends: [UInt32]) {
        self.utf8 = utf8
        self.ends = ends
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }
    var count: Int { ends.count }
    func index(after i: Int) -> Int { i + 1 }
    func index(before i: Int) -> Int { i - 1 }

    /// Offset in `utf8` where grapheme `i` starts (`i` may be `count`: the end).
    @inline(__always)
    func byteOffset(_ i: Int) -> Int { i == 0 ? 0 : Int(ends[i - 1]) }

    subscript(i: Int) -> Character {
        let start = byteOffset(i)
        let end = Int(ends[i])
        if end - start == 1 { return Character(Unicode.Scalar(utf8[start])) }
        return utf8.withUnsafeBufferPointer { buffer in
            Character(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
        }
    }

    /// UTF-8 length of graphemes `range`.
    func utf8Count(_ range: Range<Int>) -> Int { byteOffset(range.upperBound) - byteOffset(range.lowerBound) }

    /// The byte of a one-byte (ASCII) grapheme, else nil (as `EditorText.ascii`).
    @inline(__always)
    func ascii(at i: Int) -> UInt8? {
        let start = byteOffset(i)
        return Int(ends[i]) - start == 1 ? utf8[start] : nil
    }

    @inline(__always)
    func isSpace(at i: Int) -> Bool { ascii(at: i) == 0x20 }

    /// A line break ("\n" or "\r\n"): the grapheme's last byte is a line feed.
    @inline(__always)
    func isLineBreak(at i: Int) -> Bool { utf8[Int(ends[i]) - 1] == 0x0A }

    /// Columns of grapheme `i` (`EditorText.width`): from its bytes for ASCII and the Latin letters before the
    /// combining accents (U+00A0–U+02FF, one column, the soft hyphen too), else from the character.
    @inline(__always)
    func width(at i: Int) -> Int {
        let start = byteOffset(i)
        switch Int(ends[i]) - start {
        case 1:
            let byte = utf8[start]
            return byte >= 0x20 && byte < 0x7F ? 1 : 0
        case 2:
            let lead = utf8[start]
            if lead >= 0xC2, lead < 0xCC {
                let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[start + 1] & 0x3F)
                return scalar < 0xA0 ? 0 : 1
            }
            return DisplayWidth.of(self[i])
        default:
            return DisplayWidth.of(self[i])
        }
    }

    /// Columns of graphemes `range`.
    func width(_ range: Range<Int>) -> Int {
        var total = 0
        for i in range { total += width(at: i) }
        return total
    }

    /// The same graphemes, scalar for scalar.
    static func == (a: Graphemes, b: Graphemes) -> Bool { a.ends == b.ends && a.utf8 == b.utf8 }

    // MARK: Changing

    mutating func append(_ character: Character) {
        utf8.append(contentsOf: character.utf8)
        ends.append(UInt32(utf8.count))
    }

    /// Appends graphemes `range` of `other`, from their bytes.
    mutating func append(contentsOf other: Graphemes, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let base = other.byteOffset(range.lowerBound)
        let shift = Int64(utf8.count) - Int64(base)
        utf8.append(contentsOf: other.utf8[base..<other.byteOffset(range.upperBound)])
        ends.reserveCapacity(ends.count + range.count)
        for i in range { ends.append(UInt32(Int64(other.ends[i]) + shift)) }
    }

    mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with newElements: C)
    where C.Element == Character {
        let low = byteOffset(range.lowerBound)
        let high = byteOffset(range.upperBound)
        var bytes: [UInt8] = []
        var newEnds: [UInt32] = []
        newEnds.reserveCapacity(newElements.count)
        for character in newElements {
            bytes.append(contentsOf: character.utf8)
            newEnds.append(UInt32(low + bytes.count))
        }
        let shift = Int64(bytes.count) - Int64(high - low)
        utf8.replaceSubrange(low..<high, with: bytes)
        ends.replaceSubrange(range, with: newEnds)
        if shift != 0 {
            for i in (range.lowerBound + newEnds.count)..<ends.count { ends[i] = UInt32(Int64(ends[i]) + shift) }
        }
    }

    mutating func reserveCapacity(_ n: Int) {
        ends.reserveCapacity(n)
    }

    mutating func removeAll(keepingCapacity keep: Bool = false) {
        utf8.removeAll(keepingCapacity: keep)
        ends.removeAll(keepingCapacity: keep)
    }

    /// The same graphemes in buffers of exactly their size (growing arrays keep up to twice what they hold).
    func compacted() -> Graphemes {
        Graphemes(utf8: Self.exactCopy(utf8), ends: Self.exactCopy(ends))
    }

    private static func exactCopy<T: BitwiseCopyable>(_ array: [T]) -> [T] {
        guard array.capacity > array.count else { return array }
        return [T](unsafeUninitializedCapacity: array.count) { buffer, initialized in
            array.withUnsafeBufferPointer { source in
                if let base = source.baseAddress, array.count > 0 {
                    buffer.baseAddress!.initialize(from: base, count: array.count)
                }
            }
            initialized = array.count
        }
    }

    /// Graphemes `range` as a new value.
    func extracting(_ range: Range<Int>) -> Graphemes {
        var piece = Graphemes()
        piece.append(contentsOf: self, range)
        return piece
    }
}
