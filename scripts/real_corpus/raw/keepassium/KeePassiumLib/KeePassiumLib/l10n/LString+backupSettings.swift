//  KeePassium Password Manager
//  Copyright © 2018-2025 KeePassium Labs <info@keepassium.com>
//
//  This program is free software: you can redistribute it and/or modify it
//  under the terms of the GNU General Public License version 3 as published
//  by the Free Software Foundation: https://www.gnu.org/licenses/).
//  For commercial licensing, please contact us.

import Foundation

extension LString {
    public static let titleShowBackupFiles = NSLocalizedString(
        "[Settings/DatabaseBackup/ShowBackupFiles/title]",
        bundle: Bundle.framework,
        value: "Show Backup Files",
        comment: "Title of a yes/no setting: whether to include backup copies in the file list")
}
