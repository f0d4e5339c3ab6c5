import ArgumentParser
import Foundation
import RecoursCore
import RecoursTerminal

@main
enum Entry {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The language first: the catalog's error messages are worded when it is read.
        chooseInterfaceLanguage(arguments: arguments)
        // The catalog read on a thread of its own (`CatalogPrefetch`), with one allocator arena for that thread and
        // the main one (the wizard's and export's setting), so that what the decoding frees is reused.
        // `list` keeps glibc's arenas for its parallel decoding, and reads the catalog only for drafts its cache
        // has no summary of (most often none). (An argument "list" that is a file's name only skips this: the
        // command then reads the catalog itself.)
        if !arguments.contains("list") {
            MemoryTuning.keepFreedMemoryForReuse()
            CatalogPrefetch.start(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        }
        do {
            // `recours`, `recours new`, `recours open FILE`: nothing to parse (`QuickStart`).
            if let quick = QuickStart(arguments: arguments), try quick.run() { return }
            var command = try Recours.parseAsRoot()
            try command.run()
        } catch {
            // Bad arguments exit with 2 (argument-parser's default is 64), as documented.
            let code = Recours.exitCode(for: error)
            if code == .validationFailure {
                printError(Recours.message(for: error))
                FileHandle.standardError.write(Data((Texts.text("cli.helpHint") + "\n").utf8))
                exit(ExitStatus.unusable)
            }
            Recours.exit(withError: error)
        }
    }

    /// The interface language, before anything is parsed or written: `--langue`, the settings file, the locale
    /// variables. A settings file that cannot be read is said on the error output (and ignored); a bad `--langue`
    /// is refused by the parser (`LanguageOption.validate`).
    static func chooseInterfaceLanguage(arguments: [String]) {
        let environment = ProcessInfo.processInfo.environment
        let settings = AppPaths(environment: environment).configDirectory
            .appendingPathComponent(InterfaceLanguageChoice.settingsFileName)
        let (language, problems) = InterfaceLanguageChoice.resolve(
            arguments: arguments, environment: environment, settings: settings)
        Texts.use(language)
        for problem in problems {
            if case .badSettings = problem { printError(problem.message) }
        }
    }
}
