import Foundation

/// Turns a JSON decoding error into a sentence a non-technical person can act on.
enum JSONProblem {
    /// The deepest nesting of arrays and objects a draft may have (Foundation's JSON parser stops there too).
    static let maximumDepth = 512

    /// Like `describe(_:)`, and for a file that is not JSON at all, says why when it can tell: empty, not
    /// UTF-8 text (a binary or damaged file), nested too deeply. These checks only run on a file already refused.
    static func describe(_ error: any Error, data: Data) -> String {
        if case .dataCorrupted(let context)? = error as? DecodingError, context.codingPath.isEmpty {
            if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return Texts.text("storage.json.empty")
            }
            if String(validating: data, as: UTF8.self) == nil {
                return Texts.text("storage.json.notUTF8")
            }
            if nestingDepth(data, above: maximumDepth) > maximumDepth {
                return Texts.text("storage.json.tooDeep", String(maximumDepth))
            }
        }
        return describe(error)
    }

    /// The deepest nesting of `[` and `{` outside strings, counted up to just past `limit`.
    static func nestingDepth(_ data: Data, above limit: Int) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
                if deepest > limit { return deepest }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return deepest
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else {
            return Texts.text("storage.json.invalid")
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // A syntax error has an underlying JSON error; a bad value at the root does not.
                if context.underlyingError != nil || context.debugDescription.localizedCaseInsensitiveContains("json") {
                    return Texts.text("storage.json.damaged")
                }
                return Texts.text("storage.json.badRootValue", context.debugDescription)
            }
            return Texts.text("storage.json.badValue", path(context.codingPath), context.debugDescription)
        case .keyNotFound(let key, let context):
            return Texts.text("storage.json.missingKey", path(context.codingPath + [key]))
        case .typeMismatch(let type, let context):
            return Texts.text("storage.json.typeMismatch", path(context.codingPath), typeName(type))
        case .valueNotFound(let type, let context):
            return Texts.text("storage.json.valueMissing", path(context.codingPath), typeName(type))
        @unknown default:
            return Texts.text("storage.json.unexpected")
        }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? Texts.text("storage.json.root") : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: Texts.text("storage.json.type.text")
        case is Int.Type, is Double.Type: Texts.text("storage.json.type.number")
        case is Bool.Type: Texts.text("storage.json.type.bool")
        case is [Any].Type: Texts.text("storage.json.type.list")
        default: Texts.text("storage.json.type.object")
        }
    }
}
