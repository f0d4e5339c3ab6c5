import Foundation

/// A JSON document read into a tree, for `JSONTreeDecoder`.
///
/// Why it exists beside Foundation's `JSONDecoder`: reading the 300 KB catalog through `JSONDecoder` took 9 ms at
/// every start of `recours` (and 11 ms for the first read in a process), most of it in the decoder's own layers
/// (a dictionary of every object's keys, type checks and coding paths for every value), not in the scanning. This
/// reader accepts only what RFC 8259 allows and refuses anything it is unsure of (a byte-order mark, invalid
/// UTF-8, a lone surrogate); an object keeps its keys in order, a key given twice included, for its reader to
/// refuse. Whoever refuses hands the file to `JSONDecoder`, whose value or error is then the answer
/// (`CatalogTreeReadingTests` and `JSONTreeReaderTests` compare the two on the shipped catalog and on thousands
/// of damaged and generated documents).
enum JSONNode {
    case null
    case bool(Bool)
    /// The number as written (`-12.5e3`), converted when a value of a given type is asked for.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)
}

/// An object's members in the order written. A class, so that a keyed container shares it and remembers where
/// its last key was found: the next one asked is most often the next one written.
final class JSONObject {
    let keys: [String]
    let values: [JSONNode]
    /// Where the search for the next key starts.
    var hint = 0
    /// Large objects (a table of translations) get an index on first use (the first of a key given twice).
    private var index: [String: Int]?

    init(keys: [String], values: [JSONNode]) {
        self.keys = keys
        self.values = values
    }

    func position(of key: String) -> Int? {
        let count = keys.count
        if count > 24 {
            if index == nil {
                index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return index?[key]
        }
        var i = hint < count ? hint : 0
        for _ in 0..<count {
            if keys[i] == key {
                hint = i + 1
                return i
            }
            i += 1
            if i == count { i = 0 }
        }
        return nil
    }
}

/// What the reader refuses. Never shown: `JSONDecoder` is asked for the error it words.
struct JSONTreeRefusal: Error {
    let offset: Int
}

/// The reader: a recursive descent over the UTF-8 bytes.
struct JSONTreeReader {
    /// Deeper documents are left to `JSONDecoder` (which has its own limit); Recours's files are 6 levels deep.
    static let maximumDepth = 256

    static func read(_ data: Data) throws(JSONTreeRefusal) -> JSONNode {
        let result: Result<JSONNode, JSONTreeRefusal> = data.withUnsafeBytes { raw in
            var reader = JSONTreeReader(bytes: raw.bindMemory(to: UInt8.self))
            do throws(JSONTreeRefusal) {
                reader.skipWhitespace()
                let node = try reader.value(depth: 0)
                reader.skipWhitespace()
                guard reader.position == reader.bytes.count else { throw reader.refusal }
                return .success(node)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var refusal: JSONTreeRefusal { JSONTreeRefusal(offset: position) }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONTreeRefusal) -> JSONNode {
        guard position < bytes.count, depth < Self.maximumDepth else { throw refusal }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONTreeRefusal) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count else { throw refusal }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count where bytes[position + i] != expected[i] { throw refusal }
        position += count
    }

    private mutating func object(depth: Int) throws(JSONTreeRefusal) -> JSONNode {
        position += 1
        var keys: [String] = []
        var values: [JSONNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(keys: keys, values: values))
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw refusal }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw refusal }
            position += 1
            skipWhitespace()
            keys.append(key)
            values.append(try value(depth: depth + 1))
            if try !continues(closing: UInt8(ascii: "}")) { break }
        }
        // A key given twice is kept twice: whoever reads the object refuses it (`TreeFields`).
        return .object(JSONObject(keys: keys, values: values))
    }

    private mutating func array(depth: Int) throws(JSONTreeRefusal) -> JSONNode {
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth + 1))
            if try !continues(closing: UInt8(ascii: "]")) { return .array(elements) }
        }
    }

    /// After a member or an element: true past a comma (another follows), false past the closing bracket.
    private mutating func continues(closing: UInt8) throws(JSONTreeRefusal) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw refusal }
        if bytes[position] == UInt8(ascii: ",") {
            position += 1
            return true
        }
        guard bytes[position] == closing else { throw refusal }
        position += 1
        return false
    }

    /// A string; the opening quote is at `position`.
    private mutating func string() throws(JSONTreeRefusal) -> String {
        position += 1
        let start = position
        // Most strings have no escape: their bytes are the string's.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(bytes[start..<position])
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw refusal }
            position += 1
        }
        var decoded = Array(bytes[start..<position])
        while position < bytes.count {
            // The run of plain bytes up to the next quote, backslash or control, copied at once.
            let runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                position += 1
            }
            if position > runStart { decoded.append(contentsOf: bytes[runStart..<position]) }
            guard position < bytes.count else { break }
            let byte = bytes[position]
            guard byte >= 0x20 else { throw refusal }
            position += 1
            if byte == UInt8(ascii: "\"") {
                return try decoded.withUnsafeBufferPointer { buffer throws(JSONTreeRefusal) in try utf8(buffer[...]) }
            }
            guard position < bytes.count else { throw refusal }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): try unicodeEscape(into: &decoded)
            default: throw refusal
            }
        }
        throw refusal
    }

    /// `\uXXXX` (after the `u`), a surrogate pair as one scalar; a lone surrogate is refused.
    private mutating func unicodeEscape(into decoded: inout [UInt8]) throws(JSONTreeRefusal) {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
            guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else { throw refusal }
            position += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw refusal }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw refusal
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw refusal }
        decoded.append(contentsOf: String(Character(unicode)).utf8)
    }

    private mutating func hex4() throws(JSONTreeRefusal) -> UInt32 {
        guard bytes.count - position >= 4 else { throw refusal }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw refusal
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func utf8(_ slice: Slice<UnsafeBufferPointer<UInt8>>) throws(JSONTreeRefusal) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else { throw refusal }
        return text
    }

    /// A number by RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(JSONTreeRefusal) -> String {
        let start = position
        func digit(_ at: Int) -> Bool {
            at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digit(position) else { throw refusal }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            guard !digit(position) else { throw refusal }
        } else {
            while digit(position) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digit(position) else { throw refusal }
            while digit(position) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digit(position) else { throw refusal }
            while digit(position) { position += 1 }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }
}
