import Foundation

/// Which language the interface speaks: `--langue` (or `--taal`), else the settings file
/// (`$XDG_CONFIG_HOME/recours/settings.json`, `{"langue": "nl"}`), else the first of `LANGUAGE`, `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that names French or Dutch, else French.
public enum InterfaceLanguageChoice {
    /// The settings file's name in the config folder.
    public static let settingsFileName = "settings.json"
    /// The long names of the command-line option (French first, as the other options).
    public static let optionNames = ["langue", "taal"]

    /// What went wrong with a value, to tell the user (the language then falls back to the next source).
    public enum Problem: Error, Equatable, Sendable {
        /// `--langue xx`: not a language of the interface.
        case unknownOption(String)
        /// The settings file is not a JSON object with a known `langue`.
        case badSettings(path: String)

        public var message: String {
            let codes = DisplayLanguage.allCases.map(\.rawValue).joined(separator: ", ")
            switch self {
            case .unknownOption(let value): return Texts.text("cli.language.unknown", value, codes)
            case .badSettings(let path): return Texts.text("cli.language.badSettings", path, codes)
            }
        }
    }

    /// The language a code names: "nl", "NL", "nl_BE.UTF-8", "fr-FR", "fr_BE@euro". Nil for anything else ("C",
    /// "en_GB.UTF-8", "").
    public static func language(named code: String) -> DisplayLanguage? {
        let prefix = code.prefix { $0.isLetter }.lowercased()
        return DisplayLanguage(rawValue: prefix)
    }

    /// The first language the locale variables name. `LANGUAGE` is a list ("nl:fr"); the others are one locale.
    public static func fromEnvironment(_ environment: [String: String]) -> DisplayLanguage? {
        for variable in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            for part in value.split(separator: ":") {
                if let language = language(named: String(part)) { return language }
            }
        }
        return nil
    }

    /// The settings file's language: nil when there is no file; a problem when it cannot be read.
    public static func fromSettings(at url: URL) -> Result<DisplayLanguage?, Problem> {
        guard let data = FileManager.default.contents(atPath: url.path) else { return .success(nil) }
        struct Settings: Decodable { var langue: String? }
        guard let settings = try? JSONDecoder().decode(Settings.self, from: data) else {
            return .failure(.badSettings(path: url.path))
        }
        guard let code = settings.langue else { return .success(nil) }
        guard let language = DisplayLanguage(rawValue: code.lowercased()) else {
            return .failure(.badSettings(path: url.path))
        }
        return .success(language)
    }

    /// The value of `--langue` / `--taal` in the arguments (`--langue nl`, `--langue=nl`), before they are parsed:
    /// the help texts are built in the chosen language.
    public static func optionValue(in arguments: [String]) -> String? {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--" { return nil }
            for name in optionNames {
                if argument == "--" + name { return iterator.next() ?? "" }
                if argument.hasPrefix("--" + name + "=") { return String(argument.dropFirst(name.count + 3)) }
            }
        }
        return nil
    }

    /// The language, and the problems met on the way (each told to the user; none stops the program here: a bad
    /// `--langue` is refused by the argument parser with its own message).
    public static func resolve(
        arguments: [String], environment: [String: String], settings: URL
    ) -> (language: DisplayLanguage, problems: [Problem]) {
        var problems: [Problem] = []
        if let value = optionValue(in: arguments) {
            if let language = DisplayLanguage(rawValue: value.lowercased()) { return (language, problems) }
            problems.append(.unknownOption(value))
        }
        switch fromSettings(at: settings) {
        case .success(let language?): return (language, problems)
        case .success(nil): break
        case .failure(let problem): problems.append(problem)
        }
        return (fromEnvironment(environment) ?? .french, problems)
    }
}
