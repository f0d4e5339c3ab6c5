import Foundation
import Testing

@testable import RecoursCore

/// Shared helpers of the RecoursCore tests: the shipped catalog, dates, temporary folders.
enum TestSupport {
    /// The package root: Tests/RecoursCoreTests/TestSupport.swift → three levels up.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // RecoursCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static let shippedCatalogURL = packageRoot.appendingPathComponent("Resources").appendingPathComponent(
        OrganismCatalog.fileName)

    /// The catalog shipped in `Resources/organisms.json`, read once.
    static let catalog: OrganismCatalog = {
        do throws(CatalogError) {
            return try OrganismCatalog.read(shippedCatalogURL)
        } catch {
            fatalError("The shipped catalog cannot be read: \(error.message)")
        }
    }()

    /// A fixed "today" for every validation test (a Sunday).
    static let today = date(2026, 11, 22)

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            fatalError("not a date: \(year)-\(month)-\(day)")
        }
        return date
    }

    /// "dd/mm/yyyy", the way a user types it.
    static func typed(_ date: CalendarDate) -> String { InterfaceDates.numeric(date) }

    /// A new, unique, empty folder under the temporary directory.
    static func makeTemporaryDirectory(_ label: String = #function) throws -> URL {
        let safe = String(label.filter { $0.isLetter || $0.isNumber }.prefix(40))
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("recours-tests-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a temporary folder, restoring write permission first so that a chmod-ed folder goes too.
    static func remove(_ url: URL) {
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            chmod(url.path, 0o700)
            while let name = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = url.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    chmod(path, 0o700)
                }
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// A message "a non-technical French reader understands": non-empty, starts like a sentence (or with the path
    /// it is about), ends with a full stop, and carries no raw English system text.
    static func isFrenchSentence(_ message: String) -> Bool {
        guard let first = message.first, let last = message.last else { return false }
        let english = [
            "error", "invalid", "failed", "the ", "file ", "not a directory", "no such file", "permission denied",
            "operation not permitted", "unknown error",
        ]
        let lowered = message.lowercased()
        return (first.isUppercase || first == "«" || first == "/") && (last == "." || last == "»" || last == "…")
            && !english.contains { lowered.hasPrefix($0) || lowered.contains(": \($0)") }
    }
}
