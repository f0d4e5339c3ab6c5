import Foundation

/// Turns a JSON decoding error into a sentence a non-technical person can act on.
enum JSONProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else {
            return "ce n'est pas du JSON valide"
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // A syntax error has an underlying JSON error; a bad value at the root does not.
                if context.underlyingError != nil || context.debugDescription.localizedCaseInsensitiveContains("json") {
                    return "ce n'est pas du JSON valide (fichier tronqué ou abîmé ?)"
                }
                return "une valeur est incorrecte (\(context.debugDescription))"
            }
            return "la valeur de « \(path(context.codingPath)) » est incorrecte (\(context.debugDescription))"
        case .keyNotFound(let key, let context):
            return "il manque « \(path(context.codingPath + [key])) »"
        case .typeMismatch(let type, let context):
            return "« \(path(context.codingPath)) » devrait être \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "« \(path(context.codingPath)) » est vide alors qu'il devrait être \(typeName(type))"
        @unknown default:
            return "contenu inattendu"
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
        return text.isEmpty ? "(racine)" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "du texte"
        case is Int.Type, is Double.Type: "un nombre"
        case is Bool.Type: "vrai ou faux"
        case is [Any].Type: "une liste"
        default: "un objet"
        }
    }
}
