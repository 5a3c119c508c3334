//  KeePassium Password Manager
//  Copyright © 2018-2025 KeePassium Labs <info@keepassium.com>
//
//  This program is free software: you can redistribute it and/or modify it
//  under the terms of the GNU General Public License version 3 as published
//  by the Free Software Foundation: https://www.gnu.org/licenses/).
//  For commercial licensing, please contact the author.

extension LString {
    public static let titleDiagnosticLog = NSLocalizedString(
        "[DiagLog/title]",
        bundle: Bundle.framework,
        value: "Diagnostic Log",
        comment: "Title of the diagnostic info screen")

    public static let diagnosticLogCopiedToClipboard = NSLocalizedString(
        "[Diagnostics] Diagnostic log has been copied to clipboard.",
        bundle: Bundle.framework,
        value: "Diagnostic log has been copied to clipboard.",
        comment: "Notification/confirmation message"
    )
}
