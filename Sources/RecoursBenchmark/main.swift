// In-process benchmark of the wizard's update and view: no terminal, no I/O, only
// `AppState.handle(.key)` followed by `render`, the work the main loop does for one key.
//
//   RecoursBenchmark DOSSIER.json [--date jj/mm/aaaa] [--keys N]
//
// Run by `scripts/benchmark` (release build) on its 1 MB dossier; prints tab-separated rows
// (measure, value, target, ✓/✗/blank) that the script adds to its table. Not part of `swift test`:
// timings belong in a benchmark, not in tests.
import Foundation
import RecoursCore
import RecoursLetters
import RecoursTerminal
import RecoursUI

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("RecoursBenchmark : \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var dateText = "22/11/2026"
var keyCount = 2_000
var path: String?
var dump = false
/// Only the catalog's reading, 100 times (for a profiler).
var catalogOnly = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--date": dateText = arguments.isEmpty ? dateText : arguments.removeFirst()
    case "--dump": dump = true
    case "--catalog-only": catalogOnly = true
    case "--keys": keyCount = arguments.isEmpty ? keyCount : Int(arguments.removeFirst()) ?? keyCount
    default: path = argument
    }
}
if catalogOnly {
    let start = ContinuousClock.now
    for _ in 0..<100 { _ = try? AppPaths().loadCatalog() }
    print("catalog read, mean of 100", (ContinuousClock.now - start) / 100, separator: "\t")
    exit(0)
}
guard let path else { fail("usage : RecoursBenchmark DOSSIER.json [--date jj/mm/aaaa] [--keys N]") }
guard let today = DateParser.date(dateText) else { fail("date illisible : \(dateText)") }

// As the interactive program does (TerminalScreen): freed memory is kept for reuse.
MemoryTuning.keepFreedMemoryForReuse()

let paths = AppPaths()
// The interface's texts read twice, as the first screen of every start reads them once.
var textReads: [Duration] = []
if let strings = paths.resourcesDirectory?.appendingPathComponent(Texts.folderName).appendingPathComponent("fr") {
    for _ in 0..<2 {
        let start = ContinuousClock.now
        _ = try? TextTable.read(folder: strings)
        textReads.append(ContinuousClock.now - start)
    }
}
let catalog: OrganismCatalog
let renderer: LetterRenderer
// The catalog read twice: the first read in a process pays the Swift runtime's first type look-ups, which
// every start of `recours` pays; the second shows the decoding itself.
var catalogReads: [Duration] = []
do {
    var loaded: OrganismCatalog?
    for _ in 0..<2 {
        let start = ContinuousClock.now
        loaded = try paths.loadCatalog()
        catalogReads.append(ContinuousClock.now - start)
    }
    catalog = loaded!
    guard let resources = paths.resourcesDirectory else { fail("dossier Resources/ introuvable") }
    renderer = LetterRenderer(
        templates: try LetterTemplates(shipped: resources.appendingPathComponent("templates")), catalog: catalog)
} catch {
    fail("\(error)")
}
let url = URL(fileURLWithPath: path)
let dossier: Dossier
do {
    dossier = try DraftStore.load(url)
} catch {
    fail(error.message)
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("recours-benchmark-\(getpid())")
let env = AppEnvironment.live(catalog: catalog, today: today, renderer: renderer, draftsDirectory: scratch)

let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    let k = Double(sorted.count - 1) * p / 100
    let lo = Int(k)
    let hi = min(lo + 1, sorted.count - 1)
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - Double(lo))
}

// Opening: the state for the dossier (validation, the focused editor over 1 MB) and its first frame.
var state = AppState(mode: .home(HomeState()), width: 80, height: 24)
var firstScreen: ScreenBuffer?
let opening = clock.measure {
    state = AppState.wizard(dossier: dossier, url: url, isNew: false, env: env, width: 80, height: 24).0
    firstScreen = render(state, env: env)
}
guard firstScreen?.text.contains("Les faits") == true else { fail("le dossier ne s'ouvre pas sur les faits") }

// The keys of the pty benchmark: letters with accents, Enter, arrows, staying inside the facts field.
var keys: [(String, Key)] = []
let word = Array("Réclamé à la mutualité : reçu été ")
var i = 0
while keys.count < keyCount {
    for c in word[(i % 7)..<(i % 7 + 8)] { keys.append(("letter", .character(c))) }
    keys.append(("enter", .enter))
    keys += [
        ("arrow", .up), ("arrow", .up), ("arrow", .left), ("arrow", .left), ("arrow", .right), ("arrow", .right),
        ("arrow", .down), ("arrow", .down),
    ]
    i += 1
}
keys = Array(keys.prefix(keyCount))

var times: [Double] = []
var byKind: [String: [Double]] = [:]
var sink = 0
var updateTimes: [Double] = []
var cpuTimes: [Double] = []
/// CPU time of this thread (user + system), which the other processes of the machine do not change.
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
for (kind, key) in keys {
    var update = Duration.zero
    let cpuStart = threadCPUTime()
    let d = clock.measure {
        update = clock.measure { _ = state.handle(.key(key), env: env) }
        let screen = render(state, env: env)
        sink &+= screen.cursor?.x ?? 0
    }
    cpuTimes.append(threadCPUTime() - cpuStart)
    times.append(seconds(d))
    updateTimes.append(seconds(update))
    byKind[kind, default: []].append(seconds(d))
}
if sink == -1 { print(sink) }
if dump {
    // Every key's time, to stderr: "index kind microseconds".
    for (index, (kind, time)) in zip(keys.map(\.0), times).enumerated() {
        FileHandle.standardError.write(
            Data(
                "\(index) \(kind) \(Int(time * 1e6)) \(Int(updateTimes[index] * 1e6)) \(Int(cpuTimes[index] * 1e6))\n"
                    .utf8))
    }
}

// Saving the dossier (what the autosave does every half second of typing): encoding, and the whole save
// (the check that the file on disk is a draft, the atomic write with fsync).
var encodeTimes: [Double] = []
var decodeTimes: [Double] = []
var saveTimes: [Double] = []
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
let saveURL = scratch.appendingPathComponent("bench.json")
for _ in 0..<9 {
    var data = Data()
    encodeTimes.append(seconds(clock.measure { data = DraftStore.encode(dossier) }))
    decodeTimes.append(seconds(clock.measure { _ = try? DraftStore.decode(data, path: saveURL.path) }))
    saveTimes.append(seconds(clock.measure { try? DraftStore.save(dossier, to: saveURL) }))
}
try? FileManager.default.removeItem(at: scratch)

func row(_ name: String, _ value: String, _ target: String = "", _ ok: Bool? = nil) {
    print([name, value, target, ok.map { $0 ? "✓" : "✗" } ?? ""].joined(separator: "\t"))
}
if textReads.count == 2 {
    row(
        "French texts read, first in the process / again", "\(ms(seconds(textReads[0]))) / \(ms(seconds(textReads[1])))"
    )
}
row("catalog read, first in the process / again", "\(ms(seconds(catalogReads[0]))) / \(ms(seconds(catalogReads[1])))")
row("open 1 MB dossier + first render", ms(seconds(opening)))
let p99 = percentile(times, 99)
row("key: update + render, median (\(times.count) keys)", ms(percentile(times, 50)))
row("key: update + render, p99", ms(p99), "≤ 2 ms", p99 <= 0.002)
row(
    "key: update + render, CPU time of the thread, median / p99",
    "\(ms(percentile(cpuTimes, 50))) / \(ms(percentile(cpuTimes, 99)))")
for kind in ["letter", "enter", "arrow"] {
    guard let v = byKind[kind] else { continue }
    row("  \(kind) (\(v.count)): median / p99", "\(ms(percentile(v, 50))) / \(ms(percentile(v, 99)))")
}
row(
    "save 1 MB dossier (encode / decode / DraftStore.save)",
    "\(ms(percentile(encodeTimes, 50))) / \(ms(percentile(decodeTimes, 50))) / \(ms(percentile(saveTimes, 50)))")
