// Hand-written conveniences on top of the generated CallGuardKit.swift.
import Foundation

extension CallGuardError: LocalizedError {
    /// The Rust error's own message: what went wrong and what to do about it.
    public var message: String {
        switch self {
        case .InvalidArgument(let message), .InputTooLarge(let message),
            .InvalidNumber(let message), .Verification(let message), .Storage(let message),
            .NoticeRefused(let message):
            return message
        }
    }

    /// The same message, so `error.localizedDescription` shows it in alerts and logs.
    public var errorDescription: String? { message }
}
