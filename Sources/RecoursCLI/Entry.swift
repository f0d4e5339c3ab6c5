import ArgumentParser
import Foundation
import RecoursCore

@main
enum Entry {
    static func main() {
        do {
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
}
