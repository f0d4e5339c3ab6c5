/// What every update needs besides its own state: the environment and the size of the screen.
public struct UpdateContext: Sendable {
    public let env: AppEnvironment
    public let width: Int
    public let height: Int

    public init(env: AppEnvironment, width: Int, height: Int) {
        self.env = env
        self.width = width
        self.height = height
    }
}
