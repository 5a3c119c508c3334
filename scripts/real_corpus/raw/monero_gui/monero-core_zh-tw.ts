<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh-tw">
<context>
    <name>Account</name>
    <message>
        <location filename="../pages/Account.qml" line="57"/>
        <source>Set the label of the selected account:</source>
        <translation>給予該帳戶一個標籤:</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="89"/>
        <source>Balance All</source>
        <translation>總餘額</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="96"/>
        <source>Total balance: </source>
        <translation>總餘額: </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="121"/>
        <location filename="../pages/Account.qml" line="156"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="131"/>
        <source>Total unlocked balance: </source>
        <translation>總共可用餘額: </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="174"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="346"/>
        <source>Edit account label</source>
        <translation>編輯帳戶標籤</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="361"/>
        <source>Copy address to clipboard</source>
        <translation>將位址複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="366"/>
        <source>Address copied to clipboard</source>
        <translation>位址已複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="181"/>
        <source>Create new account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="184"/>
        <source>Set the label of the new account:</source>
        <translation>為新帳戶設定一個標籤:</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <location filename="../pages/AddressBook.qml" line="80"/>
        <source>Save your most used addresses here</source>
        <translation>在此儲存常用的錢包位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="93"/>
        <source>This makes it easier to send or receive Monero and reduces errors when typing in addresses manually.</source>
        <translation>這將使發送與接收 Monero 更加容易並同時減少因手動輸入位址而發生錯誤的機會。</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="102"/>
        <location filename="../pages/AddressBook.qml" line="313"/>
        <source>Add an address</source>
        <translation>新增錢包位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="117"/>
        <source>Address book</source>
        <translation>位址簿</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="232"/>
        <source>Send to this address</source>
        <translation>付款到此位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="246"/>
        <source>See transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="279"/>
        <source>Copy address to clipboard</source>
        <translation>將位址複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="284"/>
        <source>Address copied to clipboard</source>
        <translation>位址已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="125"/>
        <source>Add address</source>
        <translation>新增位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="386"/>
        <source>Resolve</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="401"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>無效的 OpenAlias 位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="406"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>已找到位址，但無法驗證其 DNSSEC 的簽署，此位址有可能受到欺騙攻擊的風險</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="408"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>無法找到有效位址，但無法驗證其 DNSSEC 的簽署，此位址有可能受到欺騙攻擊的風險</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="411"/>
        <location filename="../pages/AddressBook.qml" line="414"/>
        <source>Internal error</source>
        <translation>內部錯誤</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="417"/>
        <source>No address found</source>
        <translation>沒有找到位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="323"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="261"/>
        <location filename="../pages/AddressBook.qml" line="313"/>
        <source>Edit entry</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="351"/>
        <source>Grab QR code from screen</source>
        <translation>從螢幕獲取QR 碼</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="431"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="432"/>
        <source>Add a name...</source>
        <translation>給予一個名稱...</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="468"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="468"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="475"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="478"/>
        <source>Invalid address</source>
        <translation>無效的位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="482"/>
        <source>Can&apos;t create entry</source>
        <translation>無法新增位址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="444"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="455"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="545"/>
        <source>OpenAlias error</source>
        <translation>OpenAlias 錯誤</translation>
    </message>
</context>
<context>
    <name>Advanced</name>
    <message>
        <location filename="../pages/Advanced.qml" line="53"/>
        <source>Mining</source>
        <translation>挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="58"/>
        <source>Prove/check</source>
        <translation>證明 / 檢查</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="63"/>
        <source>Shared RingDB</source>
        <translation>共享環簽資料庫</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="68"/>
        <source>Sign/verify</source>
        <translation>簽署 / 驗證</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../components/ContextMenu.qml" line="51"/>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="57"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="63"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="69"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="75"/>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
</context>
<context>
    <name>DaemonManagerDialog</name>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="99"/>
        <source>Starting local node in %1 seconds</source>
        <translation>將於 %1 秒後啟動本機節點</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="119"/>
        <source>Start daemon (%1)</source>
        <translation>啟動節點 (%1)</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="132"/>
        <source>Use custom settings</source>
        <translation>使用自訂設定</translation>
    </message>
</context>
<context>
    <name>DevicePassphraseDialog</name>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="44"/>
        <source>Hardware wallet</source>
        <translation>硬體錢包</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="45"/>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="67"/>
        <source>Hardware wallet passphrase</source>
        <translation>硬體錢包密碼</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="68"/>
        <source>Please select where you want to enter passphrase.
It is recommended to enter passphrase on the hardware wallet for better security.</source>
        <translation>請選擇您想要在哪裡輸入密碼。
建議您在硬體錢包上輸入密碼以獲得更高的安全性。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../pages/History.qml" line="213"/>
        <source>Date from</source>
        <translation>日期從</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="227"/>
        <source>Date to</source>
        <translation>日期至</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="334"/>
        <location filename="../pages/History.qml" line="921"/>
        <location filename="../pages/History.qml" line="1743"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="89"/>
        <source>Transactions</source>
        <translation>交易紀錄</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="109"/>
        <source>Sort &amp; filter</source>
        <translation>排序 &amp; 篩選</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="191"/>
        <source>Clean</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="254"/>
        <source>Sort by</source>
        <translation>排序以</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="275"/>
        <location filename="../pages/History.qml" line="1217"/>
        <source>Blockheight</source>
        <translation>區塊高度</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="393"/>
        <location filename="../pages/History.qml" line="1744"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="473"/>
        <source>Page</source>
        <translation>頁數</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="503"/>
        <source>Jump to page (1-%1)</source>
        <translation>跳至頁數 (1-%1)</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="511"/>
        <source>Invalid page. Must be a number within the specified range.</source>
        <translation>無效的頁數。必須是在指定範圍內的頁數。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Sent</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="159"/>
        <source>Search by Transaction ID, Address, Description, Amount or Blockheight</source>
        <translation>以交易ID、位址、備註、金額或區塊高度來搜尋</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="724"/>
        <source>Fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="724"/>
        <source>Mined</source>
        <translation>挖礦獎勵</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="741"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <location filename="../pages/History.qml" line="1233"/>
        <source>Pending</source>
        <translation>等待確認中</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="863"/>
        <source>Confirmations</source>
        <translation>確認次數</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1060"/>
        <source>Description</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1128"/>
        <source>Transaction ID</source>
        <translation>交易 ID</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1172"/>
        <source>Transaction key</source>
        <translation>交易金鑰</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1188"/>
        <source>Click to reveal</source>
        <translation>點擊以顯示</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="809"/>
        <source>Unknown recipient</source>
        <translation>不明的收款者</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1378"/>
        <source>Advanced options</source>
        <translation>進階選項</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1394"/>
        <source>Human readable date format</source>
        <translation>容易閱讀的日期格式</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1400"/>
        <source>Export all history</source>
        <translation>匯出所有交易紀錄</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1639"/>
        <source>Set description:</source>
        <translation>加上備註:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1642"/>
        <source>Updated description.</source>
        <translation>已更新備註。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1672"/>
        <source>No transaction history yet.</source>
        <translation>尚未有交易紀錄。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1674"/>
        <source>No results.</source>
        <translation>沒有結果。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1676"/>
        <source>%1 transactions total, showing %2.</source>
        <translation>共有 %1 筆交易，顯示 %2 筆。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="816"/>
        <location filename="../pages/History.qml" line="1694"/>
        <source>Primary address</source>
        <translation>主要位址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="690"/>
        <source>Unknown amount</source>
        <translation>未知金額</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="786"/>
        <source>To</source>
        <translation>發往</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="786"/>
        <source>In</source>
        <translation>來自</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="811"/>
        <source>My wallet</source>
        <translation>我的錢包</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="816"/>
        <location filename="../pages/History.qml" line="819"/>
        <location filename="../pages/History.qml" line="821"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="825"/>
        <source>Unknown address</source>
        <translation>未知的位址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="985"/>
        <location filename="../pages/History.qml" line="1703"/>
        <source>Transaction details</source>
        <translation>交易明細</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1024"/>
        <source>Generate payment proof</source>
        <translation>生成付款證明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1724"/>
        <source>Payment proof</source>
        <translation>付款證明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1725"/>
        <source>Generating payment proof</source>
        <translation>正在生成付款證明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1733"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1742"/>
        <source>Tx ID:</source>
        <translation>交易 ID:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1745"/>
        <source>Address:</source>
        <translation>位址:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1746"/>
        <source>Payment ID:</source>
        <translation>付款 ID:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1747"/>
        <source>Integrated address</source>
        <translation>整合性位址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1748"/>
        <source>Tx key:</source>
        <translation>交易金鑰:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1749"/>
        <source>Tx note:</source>
        <translation>交易備註:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1750"/>
        <source>Destinations:</source>
        <translation>付款對象:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1751"/>
        <source>Rings:</source>
        <translation>環狀簽名:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1758"/>
        <source>Please choose a folder</source>
        <translation>請選擇一個資料夾</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1768"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1769"/>
        <source>CSV file written to: %1</source>
        <translation>CSV 檔案已儲存至: %1</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1770"/>
        <source>Tip: Use your favorite spreadsheet software to sort on blockheight.</source>
        <translation>提示：用您喜歡的試算表軟體以區塊高度排序。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1774"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1775"/>
        <source>Error exporting transaction data.</source>
        <translation>匯出交易資料時發生錯誤。</translation>
    </message>
</context>
<context>
    <name>InputDialog</name>
    <message>
        <location filename="../components/InputDialog.qml" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../components/InputDialog.qml" line="148"/>
        <source>Ok</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../pages/Keys.qml" line="73"/>
        <source>Mnemonic seed</source>
        <translation>助記種子碼</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="62"/>
        <source>WARNING: Do not reuse your Monero keys on another fork, UNLESS this fork has key reuse mitigations built in. Doing so will harm your privacy.</source>
        <translation>警告: 請勿在其他的分叉幣上重複使用你的金鑰，除非該幣已內建金鑰重複使用保護措施，否則這將傷害您的交易隱私。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="85"/>
        <source>WARNING: Copying your seed to clipboard can expose you to malicious software, which may record your seed and steal your Monero. Please write down your seed manually.</source>
        <translation>警告: 複製您的種子碼到剪貼簿有可能會讓它被惡意軟體側錄，並竊取您的 Monero，請用紙筆抄寫下來。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="106"/>
        <source>Wallet restore height</source>
        <translation>錢包回復高度</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="122"/>
        <source>Block #</source>
        <translation>區塊 #</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="134"/>
        <source>Primary address &amp; Keys</source>
        <translation>主要位址 &amp; 金鑰</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="149"/>
        <source>Primary address</source>
        <translation>主要位址</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="197"/>
        <source>Export wallet</source>
        <translation>匯出錢包</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="212"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>Spendable Wallet</source>
        <translation>可花費的錢包(Spendable)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="222"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>View Only Wallet</source>
        <translation>唯讀的錢包(View Only)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="260"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="281"/>
        <source>Mnemonic seed protected by hardware device.</source>
        <translation>助記種子碼由硬體裝置所保護。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="291"/>
        <source>(View Only Wallet - No mnemonic seed available)</source>
        <translation>(唯讀錢包 - 沒有種子碼可顯示)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="292"/>
        <source>(View Only Wallet - No secret spend key available)</source>
        <translation>(唯讀錢包 - 沒有花費私鑰可以顯示)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="299"/>
        <source>(Hardware Device Wallet - No secret spend key available)</source>
        <translation>(硬體裝置錢包 - 無法顯示花費私鑰)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="158"/>
        <source>Secret view key</source>
        <translation>查看私鑰 (Secret view key)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="167"/>
        <source>Public view key</source>
        <translation>查看公鑰 (Public view key)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="176"/>
        <source>Secret spend key</source>
        <translation>花費私鑰 (Secret spend key)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="185"/>
        <source>Public spend key</source>
        <translation>花費公鑰 (Public spend key)</translation>
    </message>
</context>
<context>
    <name>LanguageSidebar</name>
    <message>
        <location filename="../components/LanguageSidebar.qml" line="96"/>
        <source>Language changed.</source>
        <translation>已切換語言。</translation>
    </message>
</context>
<context>
    <name>LeftPanel</name>
    <message>
        <location filename="../LeftPanel.qml" line="384"/>
        <source>Send</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="428"/>
        <source>Receive</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="155"/>
        <source>View Only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="141"/>
        <source>Testnet</source>
        <translation>Testnet網路</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="141"/>
        <source>Stagenet</source>
        <translation>Stagenet網路</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="287"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="363"/>
        <location filename="../LeftPanel.qml" line="385"/>
        <location filename="../LeftPanel.qml" line="407"/>
        <location filename="../LeftPanel.qml" line="429"/>
        <location filename="../LeftPanel.qml" line="451"/>
        <location filename="../LeftPanel.qml" line="473"/>
        <location filename="../LeftPanel.qml" line="494"/>
        <source>Ctrl+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="178"/>
        <location filename="../LeftPanel.qml" line="362"/>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="217"/>
        <source>Syncing...</source>
        <translation>同步中...</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="406"/>
        <source>Address book</source>
        <translation>位址簿</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="450"/>
        <source>Transactions</source>
        <translation>交易紀錄</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="472"/>
        <source>Advanced</source>
        <translation>進階功能</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="530"/>
        <source>Wallet</source>
        <translation>錢包</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="539"/>
        <source>Daemon</source>
        <translation>節點</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="493"/>
        <source>Settings</source>
        <translation>錢包設定</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../components/LineEdit.qml" line="190"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../components/LineEdit.qml" line="195"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../components/LineEdit.qml" line="207"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
</context>
<context>
    <name>LineEditMulti</name>
    <message>
        <location filename="../components/LineEditMulti.qml" line="139"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="144"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="155"/>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../components/MenuBar.qml" line="34"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="37"/>
        <source>Close Wallet</source>
        <translation>關閉錢包</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="42"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="44"/>
        <source>Light Theme</source>
        <translation>淺色主題</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="44"/>
        <source>Dark Theme</source>
        <translation>深色主題</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="50"/>
        <source>Change Language</source>
        <translation>變更語言</translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="132"/>
        <source>Sales</source>
        <translation>結帳列表</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="165"/>
        <location filename="../pages/merchant/Merchant.qml" line="648"/>
        <source>Currently monitoring incoming transactions, none found yet.</source>
        <translation>正在監控進帳的交易，但尚未找到。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="235"/>
        <source>Save As</source>
        <translation>另存為</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="159"/>
        <source>This page will automatically scan the blockchain and the tx pool for incoming transactions using the QR code.</source>
        <translation>這個頁面會自動掃描區塊鏈與交易池中使用此 QR 碼的交易。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="160"/>
        <source>It&apos;s up to you whether to accept unconfirmed transactions or not. It is likely they&apos;ll be confirmed in short order, but there is still a possibility they might not, so for larger values you may want to wait for one or more confirmation(s)</source>
        <translation>您可以自行決定是否接受尚未確認的交易，雖然通常他們過一陣子就會完成確認，但還是有可能出問題，因此在交易大筆金額時您最好等待一或多個交易確認</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="269"/>
        <source>Currently selected address</source>
        <translation>目前選擇的位址</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="271"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="296"/>
        <source>(right-click, save as)</source>
        <translation>(點擊右鍵另存為)</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="340"/>
        <source>Payment URL</source>
        <translation>付款 URL</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="419"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="452"/>
        <location filename="../pages/merchant/Merchant.qml" line="505"/>
        <source>Amount to receive</source>
        <translation>欲接收的金額</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="532"/>
        <source>Enable sales tracker</source>
        <translation>啟用結帳追蹤</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="544"/>
        <source>Leave this page</source>
        <translation>離開這個頁面</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="574"/>
        <source>The merchant page requires a larger window</source>
        <translation>收銀台模式需要更大的視窗空間</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="596"/>
        <source>WARNING: no connection to daemon</source>
        <translation>警告: 沒有與節點建立連線</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="690"/>
        <source>Save QrCode</source>
        <translation>儲存 QR 碼</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="691"/>
        <source>Failed to save QrCode to </source>
        <translation>無法儲存 QR 碼至 </translation>
    </message>
</context>
<context>
    <name>MerchantTrackingList</name>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="128"/>
        <source>unconfirmed</source>
        <translation>尚未確認</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="163"/>
        <source>Awaiting in txpool</source>
        <translation>在交易池等待中</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="167"/>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="169"/>
        <source>confirmations</source>
        <translation>交易確認</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="172"/>
        <source>confirmation</source>
        <translation>交易確認</translation>
    </message>
</context>
<context>
    <name>Mining</name>
    <message>
        <location filename="../pages/Mining.qml" line="70"/>
        <source>Your daemon must be synchronized before you can start mining</source>
        <translation>您必須在節點完全同步之後才能開始進行挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="142"/>
        <source>CPU threads</source>
        <translation>CPU執行緒數量</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="64"/>
        <source>Mining is only available on local daemons.</source>
        <translation>挖礦只能於本地節點執行。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="88"/>
        <source>Mining may reduce the performance of other running applications and processes.</source>
        <translation>執行挖礦可能會降低其他程式的效能。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="202"/>
        <source>Set to use recommended # of threads</source>
        <translation>設定使用建議的執行緒數量</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="210"/>
        <source>Use all threads</source>
        <translation>使用全部的執行緒</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="214"/>
        <source>Set to use all threads</source>
        <translation>設定使用全部的執行緒</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="258"/>
        <source>Background mining (experimental)</source>
        <translation>背景挖礦 (實驗性功能)</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="227"/>
        <source>Enable mining when running on battery</source>
        <translation>允許在使用電池時挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="58"/>
        <source>Mining</source>
        <translation>挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="76"/>
        <source>Mining with your computer helps strengthen the Monero network. The more people mine, the harder it is for the network to be attacked, and every little bit helps.

Mining also gives you a small chance to earn some Monero. Your computer will create hashes looking for block solutions. If you find a block, you will get the associated reward. Good luck!</source>
        <translation>使用您的電腦挖礦幫助門羅幣網路加強安全性。越多人進行挖礦，攻擊門羅幣網路的難度越高，即使只有一點點算力都有幫助。

挖礦還給予您一點獲取門羅幣的機會。您的電腦將會透過創建雜湊函式尋找區塊答案。如果您挖到了一個區塊，您將會獲得其中完整的區塊獎勵。祝您好運！</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="76"/>
        <source>P2Pool mining is a decentralized way to pool mine that pays out more frequently compared to solo mining, while also supporting the network.</source>
        <translation>P2Pool 挖礦是一種去中心化的礦池挖礦方式，與單獨挖礦相比，支付頻率更高，同時也支持網路。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="100"/>
        <source>Solo</source>
        <translation>單獨</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="111"/>
        <source>Mining mode</source>
        <translation>挖礦模式</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="198"/>
        <source>Use half (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="240"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="269"/>
        <source>Manage miner</source>
        <translation>挖礦管理</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="286"/>
        <source>Start mining</source>
        <translation>開始挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="304"/>
        <source>P2Pool installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="305"/>
        <source>P2Pool will be installed at %1. Proceed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="307"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="308"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="383"/>
        <source>Mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="384"/>
        <source>Main</source>
        <translation>主要的</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="395"/>
        <source>Chain</source>
        <translation>鏈</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="401"/>
        <source>Use the mini chain if you have a low hashrate.</source>
        <translation>如果您擁有低算力請使用迷你鏈。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="441"/>
        <source>Flags</source>
        <translation>參數</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="498"/>
        <source>P2Pool startup flags</source>
        <translation>P2Pool啟動參數</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="499"/>
        <source>(optional)</source>
        <translation>(選填)</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="516"/>
        <source>Starting P2Pool</source>
        <translation>正在啟動P2Pool</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="519"/>
        <source>Mining with P2Pool, at %1 H/s</source>
        <translation>在P2Pool中挖礦,%1H/s</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="566"/>
        <source>Error starting mining</source>
        <translation>啟動挖礦時發生錯誤</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="622"/>
        <source>P2Pool Installation Failed</source>
        <translation>P2Pool安裝失敗</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="623"/>
        <source>P2Pool installation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="623"/>
        <source>Try starting the program with administrator privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="631"/>
        <source>P2Pool Installation Succeeded</source>
        <translation>P2Pool安裝成功</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="632"/>
        <source>P2Pool has successfully installed.</source>
        <translation>P2Pool 已成功安裝。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="328"/>
        <location filename="../pages/Mining.qml" line="333"/>
        <location filename="../pages/Mining.qml" line="599"/>
        <location filename="../pages/Mining.qml" line="616"/>
        <source>Couldn&apos;t start mining.&lt;br&gt;</source>
        <translation>無法啟動挖礦&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="569"/>
        <source>Mining is only available on local daemons. Run a local daemon to be able to mine.&lt;br&gt;</source>
        <translation>僅能使用本地端節點以進行挖礦，請先執行本地端節點&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="343"/>
        <source>Stop mining</source>
        <translation>停止挖礦</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="360"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="525"/>
        <source>Mining temporarily suspended.</source>
        <translation>挖礦暫停中。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="534"/>
        <source>Mining at %1 H/s. It gives you a 1 in %2 daily chance of finding a block.</source>
        <translation>挖礦速度 %1 H/s。每日約有 1/ %2 的機率可以找到新的區塊。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="372"/>
        <location filename="../pages/Mining.qml" line="539"/>
        <source>Not mining</source>
        <translation>沒有在進行挖礦</translation>
    </message>
</context>
<context>
    <name>NetworkStatusItem</name>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="45"/>
        <source>Starting the node</source>
        <translation>正在啟動節點</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="47"/>
        <source>Stopping the node</source>
        <translation>正在停止節點</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="54"/>
        <source>Synchronizing</source>
        <translation>同步區塊中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="56"/>
        <location filename="../components/NetworkStatusItem.qml" line="58"/>
        <source>Remote node</source>
        <translation>遠端節點</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="59"/>
        <source>Connected</source>
        <translation>已連接</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="56"/>
        <location filename="../components/NetworkStatusItem.qml" line="59"/>
        <source>Mining</source>
        <translation>挖礦</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="61"/>
        <source>Wrong version</source>
        <translation>版本錯誤</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="64"/>
        <source>Searching node</source>
        <translation>尋找節點中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="66"/>
        <source>Disconnected</source>
        <translation>已離線</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="68"/>
        <source>Connecting</source>
        <translation>連線中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="70"/>
        <source>Invalid connection status</source>
        <translation>無效的連接狀態</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="133"/>
        <source>Network status</source>
        <translation>網路同步狀態</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="175"/>
        <source>Switch to another public remote node</source>
        <translation>切換至另一個公共遠端節點</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="194"/>
        <source>Successfully switched to another public node</source>
        <translation>已成功切換至另一個公共節點</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="197"/>
        <source>Failed to switch public node</source>
        <translation>切換公共節點失敗</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="207"/>
        <source>Switching to another public node</source>
        <translation>正在切換至另一個公共節點</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../components/PasswordDialog.qml" line="163"/>
        <source>Please enter new wallet password</source>
        <translation>請輸入新錢包的密碼</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="165"/>
        <source>wallet password</source>
        <translation>錢包密碼</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="165"/>
        <source>wallet device passphrase</source>
        <translation>錢包裝置密碼</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="166"/>
        <source>Please enter %1 for: </source>
        <translation>請輸入 %1 至: </translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="166"/>
        <source>Please enter %1</source>
        <translation>請輸入 %1</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="178"/>
        <source>Warning: passphrase entry on host is a security risk as it can be captured by malware. It is advised to prefer device-based passphrase entry.</source>
        <translation>警告：在本機上輸入密碼具有安全風險，因其可能會被惡意軟體側錄。建議使用硬體錢包裝置輸入密碼。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="207"/>
        <source>CAPSLOCKS IS ON.</source>
        <translation>大寫鎖定已啟用。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="242"/>
        <source>Please confirm new password</source>
        <translation>請確認新的密碼</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="242"/>
        <source>Please confirm wallet device passphrase</source>
        <translation>請確認錢包裝置的密碼</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="287"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="297"/>
        <source>Ok</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>ProcessingSplash</name>
    <message>
        <location filename="../components/ProcessingSplash.qml" line="103"/>
        <source>Please wait...</source>
        <translation>請稍後...</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <location filename="../components/ProgressBar.qml" line="38"/>
        <source>%1 blocks remaining: </source>
        <translation>%1剩餘區塊: </translation>
    </message>
    <message>
        <location filename="../components/ProgressBar.qml" line="72"/>
        <source>Synchronizing %1</source>
        <translation>同步區塊中%1</translation>
    </message>
</context>
<context>
    <name>QRCodeScanner</name>
    <message>
        <location filename="../components/QRCodeScanner.qml" line="140"/>
        <source>QrCode Scanned</source>
        <translation>已掃描QR碼</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../pages/Receive.qml" line="56"/>
        <source>Set the label of the selected address:</source>
        <translation>為選擇的位址加上標籤:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="518"/>
        <source>Addresses</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="495"/>
        <source>Show on device</source>
        <translation>在裝置上顯示</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="751"/>
        <source>Please choose a name</source>
        <translation>請輸入一個名稱</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="527"/>
        <source>Set the label of the new address:</source>
        <translation>為新的位址加上標籤:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="100"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="106"/>
        <source>Payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="141"/>
        <source>QR code copied to clipboard</source>
        <translation>將QR 碼複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="158"/>
        <source>Copy to clipboard</source>
        <translation>複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="164"/>
        <source>Save as Image</source>
        <translation>儲存成圖片</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="171"/>
        <source>Left click: copy QR code to clipboard</source>
        <translation>左鍵點擊:複製QR 碼至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="171"/>
        <source>Right click: save QR code as image file</source>
        <translation>點擊右鍵:將QR code儲存成圖片</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="187"/>
        <source>Copy payment request to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="199"/>
        <source>Payment request copied to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="220"/>
        <location filename="../pages/Receive.qml" line="281"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="340"/>
        <source>Description</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="341"/>
        <source>What is being payed for (a product, service, donation) (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="358"/>
        <location filename="../pages/Receive.qml" line="396"/>
        <source>Visible to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="379"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="380"/>
        <source>Your name, company or website (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="422"/>
        <source>Address #</source>
        <translation>位址＃</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="439"/>
        <location filename="../pages/Receive.qml" line="722"/>
        <source>no label</source>
        <translation>沒有標籤</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="446"/>
        <location filename="../pages/Receive.qml" line="683"/>
        <source>Edit address label</source>
        <translation>編輯地址標籤</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="475"/>
        <location filename="../pages/Receive.qml" line="700"/>
        <source>Copy address to clipboard</source>
        <translation>將位址複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="485"/>
        <location filename="../pages/Receive.qml" line="705"/>
        <source>Address copied to clipboard</source>
        <translation>位址已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="524"/>
        <source>Create new address</source>
        <translation>建立新位址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="667"/>
        <source>See transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="718"/>
        <source>Primary address</source>
        <translation>主要位址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="758"/>
        <source>Save QrCode</source>
        <translation>儲存 QR 碼</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="759"/>
        <source>Failed to save QrCode to </source>
        <translation>無法儲存 QR 碼至 </translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="763"/>
        <source>QR code saved to </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteNodeDialog</name>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="37"/>
        <source>Edit remote node</source>
        <translation type="unfinished">編輯遠端節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="37"/>
        <source>Add remote node</source>
        <translation>新增遠端節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="97"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="98"/>
        <source>Port</source>
        <translation>通訊埠</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="114"/>
        <source>Daemon username</source>
        <translation>節點登入名稱</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="115"/>
        <source>(optional)</source>
        <translation>(選填)</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="125"/>
        <source>Daemon password</source>
        <translation>節點登入密碼</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="126"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="142"/>
        <source>Mark as Trusted Daemon</source>
        <translation>標記為信任的節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="153"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="162"/>
        <source>Ok</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>RemoteNodeEdit</name>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="88"/>
        <source>Remote Node Hostname / IP</source>
        <translation>遠端節點的網址 / IP</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="110"/>
        <source>Port</source>
        <translation>通訊埠</translation>
    </message>
</context>
<context>
    <name>RemoteNodeList</name>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="48"/>
        <source>Add remote node</source>
        <translation>新增遠端節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="120"/>
        <source>Trusted daemon</source>
        <translation>信任的節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="144"/>
        <source>Edit remote node</source>
        <translation>編輯遠端節點</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="159"/>
        <source>Remove remote node</source>
        <translation>移除遠端節點</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../pages/settings/Settings.qml" line="59"/>
        <source>Wallet</source>
        <translation>錢包</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="64"/>
        <source>Interface</source>
        <translation type="unfinished">介面</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="69"/>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="75"/>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="80"/>
        <source>Info</source>
        <translation>資訊</translation>
    </message>
</context>
<context>
    <name>SettingsInfo</name>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="47"/>
        <location filename="../pages/settings/SettingsInfo.qml" line="49"/>
        <source>Simple mode</source>
        <translation>簡易模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Advanced mode</source>
        <translation>進階模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="72"/>
        <source>GUI version: </source>
        <translation>GUI 版本: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="102"/>
        <source>Embedded Monero version: </source>
        <translation>內嵌 Monero 版本: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="132"/>
        <source>Wallet path: </source>
        <translation>錢包檔案路徑: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="190"/>
        <source>Set a new restore height.
You can enter a block height or a date (YYYY-MM-DD):</source>
        <translation>設定新的回復區塊高度。
您可以輸入一個區塊高度或一個日期 (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="226"/>
        <source>Invalid restore height specified. Must be a number or a date formatted YYYY-MM-DD</source>
        <translation>無效的回復區塊高度，必須是一個數字或一個日期格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="203"/>
        <source>Rescan wallet cache</source>
        <translation>重新掃描錢包快取</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Remote node</source>
        <translation>遠端節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Local node</source>
        <translation>本機節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="53"/>
        <source>portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="178"/>
        <source>Wallet restore height: </source>
        <translation>錢包回復高度: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="188"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="204"/>
        <source>Are you sure you want to rebuild the wallet cache?
The following information will be deleted
- Recipient addresses
- Tx keys
- Tx descriptions

The old wallet cache file will be renamed and can be restored later.
</source>
        <translation>您確定要重建錢包快取嗎?
下列資訊將會遺失
- 收款者位址
- 交易金鑰
- 交易附註

舊的錢包快取將會被重新命名並可在之後用來回復。
</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="260"/>
        <source>Wallet log path: </source>
        <translation>錢包日誌檔案路徑: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="303"/>
        <source>Wallet mode: </source>
        <translation>錢包模式: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="334"/>
        <source>Graphics mode: </source>
        <translation>圖形介面: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="368"/>
        <source>Tails: </source>
        <translation>Tails 系統: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="376"/>
        <source>persistent</source>
        <translation>persistent 儲存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="376"/>
        <source>persistence disabled</source>
        <translation>已停用 persistent 儲存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="385"/>
        <source>Copy to clipboard</source>
        <translation>複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="404"/>
        <source>Copied to clipboard</source>
        <translation>已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="410"/>
        <source>Donate to Monero</source>
        <translation>捐款支持 Monero</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="412"/>
        <source>Donation to Monero Core Team</source>
        <translation>捐款給Monero核心開發團隊</translation>
    </message>
</context>
<context>
    <name>SettingsLayout</name>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="58"/>
        <source>Custom decorations</source>
        <translation>自訂裝飾</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="82"/>
        <source>Hide balance</source>
        <translation>隱藏餘額</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="139"/>
        <source>Lock wallet on inactivity</source>
        <translation>閒置時鎖定錢包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="88"/>
        <source>Light theme</source>
        <translation>淺色主題</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="66"/>
        <source>Check for updates periodically</source>
        <translation>定期檢查更新</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="72"/>
        <source>Display wallet name in title bar</source>
        <translation>在標題列顯示錢包名稱</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="97"/>
        <source>Ask for password before sending a transaction</source>
        <translation>在發送交易時詢問密碼</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="105"/>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="119"/>
        <source>Autosave</source>
        <translation>自動儲存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="131"/>
        <source>Every</source>
        <translation>每次</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="131"/>
        <source>minute(s)</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="152"/>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="152"/>
        <source>minute</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="153"/>
        <source>After </source>
        <translation>超過 </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="161"/>
        <source>Ask to stop local node during program exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="168"/>
        <source>Enable displaying balance in other currencies</source>
        <translation>啟用以其他貨幣顯示餘額</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="189"/>
        <source>Price source</source>
        <translation>價格資料來源</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="204"/>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="228"/>
        <source>Enabling price conversion exposes your IP address to the selected price source.</source>
        <translation>啟用貨幣價格轉換將會對選擇的價格資料來源方暴露您的 IP 位址。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="235"/>
        <source>Confirm and enable</source>
        <translation>確認並啟用</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="252"/>
        <source>Socks5 proxy (%1%2)</source>
        <translation>Socks5 代理 (%1%2)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="253"/>
        <source>remote node connections, </source>
        <translation>遠端節點連線, </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="254"/>
        <source>updates downloading, fetching price sources</source>
        <translation>更新下載, 取得價格資料</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="266"/>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="267"/>
        <source>Port</source>
        <translation>通訊埠</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="279"/>
        <source>Change language</source>
        <translation>切換語言</translation>
    </message>
</context>
<context>
    <name>SettingsLog</name>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="68"/>
        <source>Log level</source>
        <translation>日誌層級</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="134"/>
        <source>Daemon log</source>
        <translation>節點日誌</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="236"/>
        <source>Type a command (e.g &apos;%1&apos; or &apos;%2&apos;) and press Enter</source>
        <translation>輸入指令(例:%1或是%2)然後按下Enter</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="259"/>
        <source>Failed to send command</source>
        <translation>發送指令失敗</translation>
    </message>
</context>
<context>
    <name>SettingsNode</name>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="115"/>
        <source>Local node</source>
        <translation>本機節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="131"/>
        <source>The blockchain is downloaded to your computer. Provides higher security and requires more local storage.</source>
        <translation>區塊鏈將會下載到您的電腦中，這帶來較高的安全性但需要較多的儲存空間。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="208"/>
        <source>Remote node</source>
        <translation>遠端節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="224"/>
        <source>Uses a third-party server to connect to the Monero network. Less secure, but easier on your computer.</source>
        <translation>使用第三方的遠端節點以連接到 Monero 網路，較不安全，但簡易使用。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="253"/>
        <source>To find a remote node, type &apos;Monero remote node&apos; into your favorite search engine. Please ensure the node is run by a trusted third-party.</source>
        <translation>如果需要遠端節點，上網搜尋「 Monero 遠端節點 」。請確認該節點是由可信任的第三方所架設。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="317"/>
        <source>(optional)</source>
        <translation>(選填)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="271"/>
        <source>Start daemon</source>
        <translation>啟動節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="271"/>
        <source>Stop daemon</source>
        <translation>停止節點</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="290"/>
        <source>Blockchain location</source>
        <translation>區塊鏈檔案儲存位置</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="290"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="291"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="293"/>
        <source>(default)</source>
        <translation>(預設)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="316"/>
        <source>Daemon startup flags</source>
        <translation>節點啟動參數</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="340"/>
        <source>Bootstrap Address</source>
        <translation>引導節點位址</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="341"/>
        <source>Bootstrap Port</source>
        <translation>引導節點連接埠</translation>
    </message>
</context>
<context>
    <name>SettingsWallet</name>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="64"/>
        <source>Close this wallet</source>
        <translation>關閉這個錢包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="63"/>
        <source>Logs out of this wallet.</source>
        <translation>登出這個錢包。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="72"/>
        <source>Create a view-only wallet</source>
        <translation>建立唯讀錢包 (view only wallet)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="71"/>
        <source>Creates a new wallet that can only view and initiate transactions, but requires a spendable wallet to sign transactions before sending.</source>
        <translation>新增一個僅能查看與啟動交易的新錢包，在發送交易之前，它將會需要一個可以花費的錢包以簽署該筆交易。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="79"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="80"/>
        <source>The view only wallet has been created with the same password as the current wallet. You can open it by closing this current wallet, clicking the &quot;Open wallet from file&quot; option, and selecting the view wallet in: 
%1
You can change the password in the wallet settings.</source>
        <translation>唯讀錢包已建立，密碼與目前錢包相同。您可以在關閉這個錢包之後，點選“從檔案開啟錢包”的選項，並選擇唯讀錢包檔案於： 
%1
您可以在錢包設定中更改密碼。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="94"/>
        <source>Show seed &amp; keys</source>
        <translation>顯示種子碼與金鑰</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="93"/>
        <source>Store this information safely to recover your wallet in the future.</source>
        <translation>請將此份資訊安全地儲存以在未來能夠回復您的錢包。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="105"/>
        <source>Rescan wallet balance</source>
        <translation>重新掃描錢包餘額</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="104"/>
        <source>Use this feature if you think the shown balance is not accurate.</source>
        <translation>當您認為錢包餘額不正確時可使用此功能。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="55"/>
        <source>Locks the wallet on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="56"/>
        <source>Lock this wallet</source>
        <translation>鎖定這個錢包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="57"/>
        <source>Ctrl+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="84"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="111"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="161"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="113"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="115"/>
        <source>Error: </source>
        <translation>錯誤: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="113"/>
        <source>Rescan spent can only be used with a trusted remote node. If you trust the current node you are connected to (%1), you can mark it as trusted in Settings &gt; Node page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="121"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="122"/>
        <source>Successfully rescanned spent outputs.</source>
        <translation>成功重新掃描花費輸出。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="133"/>
        <source>Use this feature if a transaction is missing in your wallet history. This will expose the transaction ID to the remote node, which can harm your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="134"/>
        <source>Scan transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="137"/>
        <source>Enter a transaction ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="141"/>
        <source>Transaction successfully scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="143"/>
        <source>Failed to scan transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="154"/>
        <source>Change wallet password</source>
        <translation>更改錢包密碼</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="177"/>
        <source>Receive Monero for your business, easily.</source>
        <translation>接受客戶的 Monero 付款，就是這麼簡單。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="178"/>
        <source>Enter merchant mode</source>
        <translation>進入收銀台模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="153"/>
        <source>Change the password of your wallet.</source>
        <translation>更改您的錢包密碼。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="162"/>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
</context>
<context>
    <name>SharedRingDB</name>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="99"/>
        <source>Shared RingDB</source>
        <translation>共享環簽資料庫</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="103"/>
        <source>This page allows you to interact with the shared ring database. This database is meant for use by Monero wallets as well as wallets from Monero clones which reuse the Monero keys.</source>
        <translation>本頁面可以讓您對共享環簽資料庫進行操作，這個資料庫可以讓 Monero 錢包與其重複使用金鑰的分叉幣錢包共享環簽資訊。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="115"/>
        <source>Outputs marked as spent</source>
        <translation>被排除的交易輸出</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="116"/>
        <source>In order to obscure which inputs in a Monero transaction are being spent, a third party should not be able to tell which inputs in a ring are already known to be spent. Being able to do so would weaken the protection afforded by ring signatures. If all but one of the inputs are known to be already spent, then the input being actually spent becomes apparent, thereby nullifying the effect of ring signatures, one of the three main layers of privacy protection Monero uses.&lt;br&gt;To help transactions avoid those inputs, a list of known spent ones can be used to avoid using them in new transactions. Such a list is maintained by the Monero project and is available on the getmonero.org website, and you can import this list here.&lt;br&gt;Alternatively, you can scan the blockchain (and the blockchain of key-reusing Monero clones) yourself using the monero-blockchain-mark-spent-outputs tool to create a list of known spent outputs.&lt;br&gt;</source>
        <translation>為了要混淆 Monero 真實被花用過的交易輸入，第三方不應能得知在環簽內的交易組合中哪一個交易是已經被花用的，否則環簽的保護效果將被減弱。若被觀察出只有一個交易輸出是尚未被花用的則該筆交易的來源將會變得顯而易見，也就等於損失了 Monero 的三大保護隱私保護其中之一: 環狀簽名。&lt;br&gt;若要避免發生這類狀況，一個已知被花用的交易輸出名單可以用來避免在新的交易中使用到這些輸出，此份名單是由 Monero 專案所維護，可以在 getmonero.org 網站上找到並在此匯入。&lt;br&gt;或是您可以選擇使用 monero-blockchain-mark-spent-outputs tool 自行掃描區塊鏈(與重複使用金鑰的分叉幣區塊鏈)以產生該份名單。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="134"/>
        <source>This sets which outputs are known to be spent, and thus not to be used as privacy placeholders in ring signatures. </source>
        <translation>這些交易輸出是已知被花用過的，因此不應在環狀簽名中使用以維護隱私安全。 </translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="135"/>
        <source>You should only have to load a file when you want to refresh the list. Manual adding/removing is possible if needed.</source>
        <translation>只當您需要更新列表時才載入該檔案，若需要時可手動新增或移除項目。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="147"/>
        <source>Please choose a file from which to load outputs to mark as spent</source>
        <translation>請選擇一個檔案以載入交易輸出排除名單</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="161"/>
        <source>Path to file</source>
        <translation>檔案路徑</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="163"/>
        <source>Filename with outputs to mark as spent</source>
        <translation>欲排除的交易輸出檔案名稱</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="174"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="184"/>
        <source>Load</source>
        <translation>載入</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="201"/>
        <source>Or manually mark a single output as spent/unspent:</source>
        <translation>或手動排除/恢復一個單獨的交易輸出:</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="203"/>
        <source>Paste output amount</source>
        <translation>貼上交易輸出數量</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="215"/>
        <source>Paste output offset</source>
        <translation>貼上交易輸出偏移量</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="227"/>
        <source>Mark as spent</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="235"/>
        <source>Mark as unspent</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="246"/>
        <source>Rings</source>
        <translation>環狀簽名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="247"/>
        <source>In order to avoid nullifying the protection afforded by Monero&apos;s ring signatures, an output should not be spent with different rings on different blockchains. While this is normally not a concern, it can become one when a key-reusing Monero clone allows you to spend existing outputs. In this case, you need to ensure this existing outputs uses the same ring on both chains.&lt;br&gt;This will be done automatically by Monero and any key-reusing software which is not trying to actively strip you of your privacy.&lt;br&gt;If you are using a key-reusing Monero clone too, and this clone does not include this protection, you can still ensure your transactions are protected by spending on the clone first, then manually adding the ring on this page, which allows you to then spend your Monero safely.&lt;br&gt;If you do not use a key-reusing Monero clone without these safety features, then you do not need to do anything as it is all automated.&lt;br&gt;</source>
        <translation>為了避免讓 Monero 的環狀簽名保護失效，一個交易輸出應避免在不同的區塊鏈中以不同的環簽組合所花用。這通常不需要擔心，但當您在重複使用金鑰的分叉幣區塊鏈上花用現有的交易輸出時就得注意，必需在兩條鏈上使用相同的環簽組合。&lt;br&gt;這個保護措施在Monero或其他注重保護您的隱私的軟體中重複使用金鑰時都應是自動完成的。&lt;br&gt;如果您正在使用重複使用金鑰的分叉幣且該幣並未包含此保護措施，您必須先於分叉幣上花用交易，再將環簽在此匯入以確保您的Monero交易隱私安全。&lt;br&gt;若您沒有使用未經保護的分叉幣則不須任何處置，因為這保護措施將會自動完成。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="266"/>
        <source>This records rings used by outputs spent on Monero on a key reusing chain, so that the same ring may be reused to avoid privacy issues.</source>
        <translation>這記錄著在 Monero 鏈上所使用過的環狀簽名組合，因此相同組合應在重複金鑰的分叉鏈上沿用以確保隱私安全。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="277"/>
        <source>Key image</source>
        <translation>金鑰映像</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="279"/>
        <source>Paste key image</source>
        <translation>貼上金鑰映像</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="296"/>
        <source>Get ring</source>
        <translation>取得環簽</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="308"/>
        <source>Get Ring</source>
        <translation>取得環簽</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="314"/>
        <source>No ring found</source>
        <translation>沒有找到環狀簽名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="332"/>
        <source>Set ring</source>
        <translation>設定環簽</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="344"/>
        <source>Set Ring</source>
        <translation>設定環簽</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="363"/>
        <source>I intend to spend on key-reusing fork(s)</source>
        <translation>我想要在重複使用金鑰的分叉幣上花用</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="375"/>
        <source>I might want to spend on key-reusing fork(s)</source>
        <translation>我可能想要在重複使用金鑰的分叉幣上花用</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="387"/>
        <source>Relative</source>
        <translation>相對的</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="405"/>
        <source>Set segregation height:</source>
        <translation>設定隔離區塊高度:</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../pages/Sign.qml" line="62"/>
        <source>Good signature</source>
        <translation>良好的簽署</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="63"/>
        <source>This is a good signature</source>
        <translation>這份簽署沒有問題</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="67"/>
        <source>Bad signature</source>
        <translation>有問題的簽署</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="68"/>
        <source>This signature did not verify</source>
        <translation>這份簽署無法通過驗證</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="105"/>
        <source>This page lets you sign/verify a message (or file contents) with your address.</source>
        <translation>此頁面可以讓你使用錢包位址簽署/驗證一段訊息或檔案內容。</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="135"/>
        <location filename="../pages/Sign.qml" line="183"/>
        <location filename="../pages/Sign.qml" line="297"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="101"/>
        <source>Sign/verify</source>
        <translation>簽署 / 驗證</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="121"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="148"/>
        <location filename="../pages/Sign.qml" line="200"/>
        <location filename="../pages/Sign.qml" line="313"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="170"/>
        <source>Sign file</source>
        <translation>簽署檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="170"/>
        <source>Sign message</source>
        <translation>簽署訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="185"/>
        <source>Enter a message to sign</source>
        <translation>輸入欲簽署的訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="202"/>
        <location filename="../pages/Sign.qml" line="315"/>
        <source>Enter path to file</source>
        <translation>輸入檔案路徑</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="214"/>
        <location filename="../pages/Sign.qml" line="326"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="230"/>
        <source>Click [Sign Message] to generate signature</source>
        <translation>點擊 [簽署訊息] 以產生簽名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="230"/>
        <source>Click [Sign File] to generate signature</source>
        <translation>點擊 [簽署檔案] 以產生簽名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="244"/>
        <location filename="../pages/Sign.qml" line="364"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="257"/>
        <source>Sign Message</source>
        <translation>簽署訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="271"/>
        <source>Sign File</source>
        <translation>簽署檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="289"/>
        <source>Verify message</source>
        <translation>驗證訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="289"/>
        <source>Verify file</source>
        <translation>驗證檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="299"/>
        <source>Enter the message to verify</source>
        <translation>輸入要驗證的訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="338"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="341"/>
        <source>Enter the Monero Address (example: 44AFFq5kSiGBoZ...)</source>
        <translation>輸入 Monero 位址 (範例: 44AFFq5kSiGBoZ...)</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="351"/>
        <source>Enter the signature to verify</source>
        <translation>輸入要驗證的簽名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="379"/>
        <source>Verify File</source>
        <translation>驗證檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="391"/>
        <source>Verify Message</source>
        <translation>驗證訊息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="403"/>
        <source>Please choose a file to sign</source>
        <translation>請選擇一個欲簽署的檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="414"/>
        <source>Please choose a file to verify</source>
        <translation>請選擇一個欲驗證的檔案</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="228"/>
        <location filename="../pages/Sign.qml" line="349"/>
        <source>Signature</source>
        <translation>簽署結果</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <location filename="../components/StandardDialog.qml" line="152"/>
        <source>Double tap to copy</source>
        <translation>雙點擊以複製</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="159"/>
        <source>Content copied to clipboard</source>
        <translation>內容已複製至剪貼簿</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="95"/>
        <location filename="../components/StandardDialog.qml" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="94"/>
        <location filename="../components/StandardDialog.qml" line="184"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>StandardDropdown</name>
    <message>
        <location filename="../components/StandardDropdown.qml" line="173"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="174"/>
        <source>Slow (x0.2 fee)</source>
        <translation>較慢 ( x0.2 手續費 )</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="175"/>
        <source>Normal (x1 fee)</source>
        <translation>正常 ( x1 手續費 )</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="176"/>
        <source>Fast (x5 fee)</source>
        <translation>快速 ( x5 手續費 )</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="177"/>
        <source>Fastest (x200 fee)</source>
        <translation>優先 ( x200 手續費 )</translation>
    </message>
</context>
<context>
    <name>SuccessfulTxDialog</name>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="89"/>
        <source>Transaction file successfully saved!</source>
        <translation>交易檔案已成功儲存！</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="91"/>
        <source>Transaction successfully sent!</source>
        <translation>交易已成功發送！</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="119"/>
        <source>Transaction ID:</source>
        <translation>交易 ID:</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="130"/>
        <source>Transaction file location:</source>
        <translation>交易檔案位置:</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="146"/>
        <source>View progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="160"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="170"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../components/TitleBar.qml" line="118"/>
        <source>Lock this wallet</source>
        <translation>鎖定這個錢包</translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="159"/>
        <source>Close this wallet and return to main menu</source>
        <translation>關閉此錢包並回到主選單</translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="199"/>
        <source>Change language</source>
        <translation>切換語言</translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="238"/>
        <source>Switch to light theme</source>
        <translation>切換至淺色主題</translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="238"/>
        <source>Switch to dark theme</source>
        <translation>切換至深色主題</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../pages/Transfer.qml" line="88"/>
        <source>OpenAlias error</source>
        <translation>OpenAlias 錯誤</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="705"/>
        <source>Transaction priority</source>
        <translation>交易優先程度</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="692"/>
        <source>Fast (x5 fee)</source>
        <translation>快速 ( x5 手續費 )</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="415"/>
        <source>Resolve</source>
        <translation>解析OpenAlias</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="71"/>
        <source>Address is invalid.</source>
        <translation>無效的位址。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="76"/>
        <source>Enter an amount.</source>
        <translation>輸入金額。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="82"/>
        <source>Start daemon</source>
        <translation>啟動節點</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="169"/>
        <source>Spendable funds: %1 XMR. Please wait ~%2 minutes for your whole balance to become spendable.</source>
        <translation>可用餘額: %1 XMR。請稍等約 %2 分鐘讓你的總餘額恢復可用。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="333"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="690"/>
        <source>Slow (x0.2 fee)</source>
        <translation>較慢 ( x0.2 手續費 )</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="691"/>
        <source>Normal (x1 fee)</source>
        <translation>正常 ( x1 手續費 )</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="693"/>
        <source>Fastest (x200 fee)</source>
        <translation>優先 ( x200 手續費 )</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="431"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>無效的 OpenAlias address 位址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="59"/>
        <source>Wallet is view-only and sends are only possible by using offline transaction signing. Unless key images are imported, the balance reflects only incoming but not outgoing transactions.</source>
        <translation>錢包為唯讀狀態且僅能進行離線交易簽署。除非匯入金鑰映像，否則目前顯示的餘額僅有計算收入交易而不包含支出的交易。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="436"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>已找到位址，但無法驗證其 DNSSEC 的簽署，此位址有可能受到欺騙攻擊的風險</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="440"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>無法找到有效位址，但無法驗證其 DNSSEC 的簽署，此位址有可能受到欺騙攻擊的風險</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="444"/>
        <location filename="../pages/Transfer.qml" line="448"/>
        <source>Internal error</source>
        <translation>內部錯誤</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="452"/>
        <source>No address found</source>
        <translation>沒有找到位址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="770"/>
        <source>Description field contents match long payment ID format.           Please don&apos;t paste long payment ID into description field, your funds might be lost.</source>
        <translation>在備註欄中發現長付款 ID。請勿將付款 ID 貼在備註欄，否則可能將損失這筆資金。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="800"/>
        <source>Saved to local wallet history</source>
        <translation>儲存至本機錢包紀錄</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="842"/>
        <source>Long payment IDs are obsolete.           Long payment IDs were not encrypted on the blockchain and would harm your privacy.           If the party you&apos;re sending to still requires a long payment ID, please notify them.</source>
        <translation>長付款 ID 已經被淘汰。長付款 ID 並沒有在區塊鏈上被加密，可能會傷害你的隱私。如果你的付款對象還在要求使用長付款ID，請通知他們這個消息。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="859"/>
        <source>Send</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="928"/>
        <source>Key images</source>
        <translation>金鑰映像</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="903"/>
        <location filename="../pages/Transfer.qml" line="929"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="909"/>
        <location filename="../pages/Transfer.qml" line="935"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="946"/>
        <source>Required for view-only wallets to display the real balance</source>
        <translation>可以讓唯讀錢包顯示真實餘額</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="944"/>
        <source>* To import, you must connect to a local node or a trusted remote node</source>
        <translation>*若要匯入，你必須連接至本機節點或是受信任的節點</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="950"/>
        <source>1. Using cold wallet, export the key images into a file</source>
        <translation>1. 使用冷錢包，匯出金鑰映像至檔案</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="951"/>
        <source>2. Using view-only wallet, import the key images file</source>
        <translation>2. 使用唯讀錢包，匯入金鑰映像檔</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="958"/>
        <source>Offline transaction signing</source>
        <translation>離線交易簽署</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="959"/>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="968"/>
        <source>Sign (offline)</source>
        <translation>簽署 (離線)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="974"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="985"/>
        <source>Spend XMR from a cold (offline) wallet</source>
        <translation>從冷 (離線) 錢包發送 XMR</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="983"/>
        <source>* To create a transaction file, please enter address and amount above</source>
        <translation>*若要建立交易檔案，請在上面輸入位址與金額</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="920"/>
        <location filename="../pages/Transfer.qml" line="989"/>
        <source>1. Using view-only wallet, export the outputs into a file</source>
        <translation>1. 使用唯讀錢包，匯出交易輸出至檔案</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="990"/>
        <source>2. Using cold wallet, import the outputs file and export the key images</source>
        <translation>2. 使用冷錢包，匯入交易輸出檔案並匯出金鑰映像</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="991"/>
        <source>3. Using view-only wallet, import the key images file and create a transaction file</source>
        <translation>3. 使用唯讀錢包，匯入金鑰映像檔後建立交易檔案</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="993"/>
        <source>4. Using cold wallet, sign your transaction file</source>
        <translation>4. 使用冷錢包，簽署你的交易檔案</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="994"/>
        <source>5. Using view-only wallet, submit your signed transaction</source>
        <translation>5. 使用唯讀錢包，提交你已簽署的交易</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1000"/>
        <source>Unmixable outputs</source>
        <translation>無法混和的交易輸出</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1001"/>
        <source>Sweep</source>
        <translation>轉移</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1007"/>
        <source>Create a transaction that spends old unmovable outputs</source>
        <translation>建立一個可以花費舊交易輸出的交易</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1033"/>
        <source>
Confirmation message:
 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1071"/>
        <source>Monero sent successfully</source>
        <translation>Monero 發送成功</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="896"/>
        <source>Advanced options</source>
        <translation>進階選項</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1025"/>
        <location filename="../pages/Transfer.qml" line="1064"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1070"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1014"/>
        <location filename="../pages/Transfer.qml" line="1058"/>
        <location filename="../pages/Transfer.qml" line="1104"/>
        <location filename="../pages/Transfer.qml" line="1141"/>
        <source>Please choose a file</source>
        <translation>請選擇一個檔案</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="689"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="271"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="279"/>
        <source>Grab QR code from screen</source>
        <translation>從螢幕獲取QR 碼</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="301"/>
        <source>Scan QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="311"/>
        <source>Import from address book</source>
        <translation>從位址簿匯入</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="342"/>
        <source>Send all unlocked balance of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="519"/>
        <source>Remove recipient</source>
        <translation>移除收款者</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="576"/>
        <source>Add recipient</source>
        <translation>新增收款者</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="589"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="756"/>
        <source>fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="788"/>
        <source>Add description</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="800"/>
        <source>only visible to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="817"/>
        <source>Add payment ID</source>
        <translation>新增付款 ID</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="829"/>
        <source>64 hexadecimal characters</source>
        <translation>64 個十六進位字元</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="902"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="916"/>
        <source>Required for cold wallets to sign their corresponding key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="921"/>
        <source>2. Using cold wallet, import the outputs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1026"/>
        <source>Can&apos;t load unsigned transaction: </source>
        <translation>無法載入未簽署的交易: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1037"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1065"/>
        <source>Can&apos;t submit transaction: </source>
        <translation>無法送出交易: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1090"/>
        <source>Outputs successfully exported to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1108"/>
        <source>Outputs successfully imported to wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1126"/>
        <source>Key images successfully exported to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1145"/>
        <source>Key images successfully imported to wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1172"/>
        <source>Wallet is not connected to daemon.</source>
        <translation>錢包尚未與節點建立連線。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1188"/>
        <source>Wallet is connecting to daemon.</source>
        <translation>錢包正在連線至節點。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1194"/>
        <source>Connected daemon is not compatible with GUI. 
Please upgrade or connect to another daemon</source>
        <translation>已連接的節點與此GUI錢包不相容
請更新軟體版本或是連接至另一個節點</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1199"/>
        <source>Waiting on daemon synchronization to finish.</source>
        <translation>正在等待節點完成同步。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="65"/>
        <source>Amount is more than unlocked balance.</source>
        <translation>金額超過可用餘額。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="91"/>
        <source></source>
        <translation> </translation>
    </message>
</context>
<context>
    <name>TxConfirmationDialog</name>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="167"/>
        <source>Create transaction file</source>
        <translation>建立交易檔案</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="169"/>
        <source>Sweep unmixable outputs</source>
        <translation>轉移無法混合的輸出</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="171"/>
        <source>Confirm send</source>
        <translation>確認發送</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="206"/>
        <source>All unlocked balance</source>
        <translation>所有可用餘額</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="232"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="252"/>
        <source>My wallet</source>
        <translation>我的錢包</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="259"/>
        <source>Account #</source>
        <translation>帳號 #</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="273"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="311"/>
        <source>Monero address</source>
        <translation>Monero 位址</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="332"/>
        <source>Fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="348"/>
        <source>See on device</source>
        <translation>在裝置上查看</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="350"/>
        <source>Calculating fee</source>
        <translation>計算手續費中</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="416"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="429"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>TxKey</name>
    <message>
        <location filename="../pages/TxKey.qml" line="252"/>
        <source>If a payment had several transactions then each must be checked and the results combined.</source>
        <translation>如果該付款包含數個交易，則檢查結果將會合併在一起。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="93"/>
        <location filename="../pages/TxKey.qml" line="198"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="63"/>
        <source>Prove Transaction</source>
        <translation>證明交易</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="63"/>
        <location filename="../pages/TxKey.qml" line="169"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="68"/>
        <source>Generate a proof of your incoming/outgoing payment by supplying the transaction ID, the recipient address and an optional message. 
For the case of outgoing payments, you can get a &apos;Spend Proof&apos; that proves the authorship of a transaction. In this case, you don&apos;t need to specify the recipient address.</source>
        <translation>在此你可以利用交易ID、收款者位址與一些訊息產生一份付款或收款的證明 
當你要證明一筆付款時，你可以直接產生一份&quot;交易證明&quot;來證明該筆交易而不需要輸入收款位址。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="69"/>
        <source>
For reserve proofs you don&apos;t need to specify tx id or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="96"/>
        <location filename="../pages/TxKey.qml" line="201"/>
        <source>Recipient&apos;s wallet address</source>
        <translation>收款者的錢包位址</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="106"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="109"/>
        <source>Paste amount of XMR (reserve proof only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="138"/>
        <location filename="../pages/TxKey.qml" line="211"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="140"/>
        <location filename="../pages/TxKey.qml" line="213"/>
        <source>Optional message against which the signature is signed</source>
        <translation>選填，可輸入簽署過的訊息</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="148"/>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="169"/>
        <source>Check Transaction</source>
        <translation>檢查交易</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="173"/>
        <source>Verify that funds were paid to an address by supplying the transaction ID, the recipient address, the message used for signing and the signature.
For the case with Spend Proof, you don&apos;t need to specify the recipient address.</source>
        <translation>在此你可以利用交易ID、收款者位址、訊息與簽名來驗證資金確實有被支付到某個位址。
如果你是要證明支付，則可以不需要輸入收款位址。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="174"/>
        <source>Transaction is not needed for reserve proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="223"/>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="225"/>
        <source>Paste tx proof</source>
        <translation>貼入交易證明</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="80"/>
        <location filename="../pages/TxKey.qml" line="186"/>
        <source>Transaction ID</source>
        <translation>交易ID</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="83"/>
        <location filename="../pages/TxKey.qml" line="189"/>
        <source>Paste tx ID</source>
        <translation>貼上交易 ID (tx ID)</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="225"/>
        <source>reserve proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="233"/>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../components/UpdateDialog.qml" line="77"/>
        <source>New Monero version v%1 is available.</source>
        <translation>有新的 Monero 版本 v%1 已經可以下載。</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="98"/>
        <source>Please visit getmonero.org for details</source>
        <translation>請造訪 getmonero.org 查看更多資訊</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="102"/>
        <source>Downloading</source>
        <translation>下載中</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="107"/>
        <source>Update downloaded, signature verified</source>
        <translation>已下載更新檔，並成功驗證其簽章</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="109"/>
        <source>Do you want to download and verify new version?</source>
        <translation>你想要下載並驗證新的版本嗎?</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="137"/>
        <source>Ok</source>
        <translation>好的</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="140"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="142"/>
        <source>Download later</source>
        <translation>稍後再下載</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="164"/>
        <source>Download failed</source>
        <translation>下載失敗</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="170"/>
        <source>Failed to start download</source>
        <translation>無法開始下載</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="181"/>
        <source>Save as</source>
        <translation>另存為</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="191"/>
        <source>Save operation failed</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="194"/>
        <source>Save to file</source>
        <translation>儲存至檔案</translation>
    </message>
</context>
<context>
    <name>Utils</name>
    <message>
        <location filename="../js/Utils.js" line="42"/>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="59"/>
        <source>%n second(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 秒鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="61"/>
        <source>%n minute(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="63"/>
        <source>%n hour(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 小時前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="65"/>
        <source>%n day(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Testnet</source>
        <translation>Testnet</translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Stagenet</source>
        <translation>Stagenet</translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Mainnet</source>
        <translation>主網路</translation>
    </message>
</context>
<context>
    <name>WizardAskPassword</name>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="43"/>
        <source>Strength: </source>
        <translation>強度: </translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="54"/>
        <location filename="../wizard/WizardAskPassword.qml" line="73"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="76"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="79"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="89"/>
        <source>Give your wallet a password</source>
        <translation>為您的錢包加上一個密碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>This password cannot be recovered. If you forget it then the wallet will have to be restored from your %1.</source>
        <translation>這個密碼無法被回復。如果你忘記密碼，那麼你將會需要從 %1 回復你的錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>25 word mnemonic seed</source>
        <translation>25 字助記種子碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>hardware wallet</source>
        <translation>硬體錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="94"/>
        <source>Enter a strong password</source>
        <translation>輸入足夠強度的密碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="94"/>
        <source>Using letters, numbers, and/or symbols</source>
        <translation>使用字母、數字、或符號</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="106"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="171"/>
        <source>Password (confirm)</source>
        <translation>密碼 (再次確認)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="200"/>
        <source>Passwords match!</source>
        <translation>密碼匹配！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="200"/>
        <source>Passwords do not match</source>
        <translation>密碼沒有匹配</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <location filename="../wizard/WizardController.qml" line="305"/>
        <source>Please choose a file</source>
        <translation>請選擇一個檔案</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="351"/>
        <source>Failed to store the wallet</source>
        <translation>無法儲存錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="434"/>
        <source>Please proceed to the device...</source>
        <translation>請在裝置上繼續...</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="438"/>
        <source>Creating wallet from device...</source>
        <translation>從裝置建立錢包...</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="439"/>
        <source>

Please check your hardware wallet –
your input may be required.</source>
        <translation>

請查看您的硬體錢包 -
可能需要您的操作。</translation>
    </message>
</context>
<context>
    <name>WizardCreateDevice1</name>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="53"/>
        <source>Choose your hardware wallet</source>
        <translation>選擇您的硬體錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="79"/>
        <source>Create a new wallet</source>
        <translation>建立一個新的錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="79"/>
        <source>stagenet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="80"/>
        <source>testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="83"/>
        <source>Using a hardware device.</source>
        <translation>使用硬體錢包裝置。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="107"/>
        <source>Hardware wallet model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="121"/>
        <source>Create a new wallet from device.</source>
        <translation>從裝置建立新的錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="134"/>
        <source>Restore a wallet from device. Use this if you used your hardware wallet before.</source>
        <translation>從裝置回復錢包。若您先前在此使用過你的硬體錢包，請選這個選項。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="195"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>錢包建立的時間 &apos;YYYY-MM-DD&apos; 或是指定一個區塊高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="198"/>
        <source>Restore height</source>
        <translation>回復區塊高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="209"/>
        <source>Advanced options</source>
        <translation>進階選項</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="216"/>
        <source>Subaddress lookahead (optional)</source>
        <translation>子位址預取 (選填)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="226"/>
        <location filename="../wizard/WizardCreateDevice1.qml" line="287"/>
        <source>Error writing wallet from hardware device. Check application logs.</source>
        <translation>從硬體錢包裝置建立錢包時發生錯誤，請檢查程式日誌以獲得更多資訊。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="243"/>
        <source>Back to menu</source>
        <translation>回到選單</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="244"/>
        <source>Create wallet</source>
        <translation>建立錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="244"/>
        <source>Restore wallet</source>
        <translation>回復錢包</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet1</name>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="65"/>
        <source>Create a new wallet</source>
        <translation>建立一個新的錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="65"/>
        <source>stagenet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="66"/>
        <source>testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="69"/>
        <source>Creates a new wallet on this computer.</source>
        <translation>在此電腦上建立新的錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="97"/>
        <source>Mnemonic seed</source>
        <translation>記憶種子碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="135"/>
        <source>This seed is &lt;b&gt;very&lt;/b&gt; important to write down and keep secret. It is all you need to backup and restore your wallet.</source>
        <translation>這種子碼是&lt;b&gt;非常重要&lt;/b&gt;必須要抄寫下來並妥善保管的資訊，這是你回復錢包時所需要的所有資訊。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="157"/>
        <source>Wallet restore height</source>
        <translation>錢包回復高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="192"/>
        <source>Should you restore your wallet in the future, specifying this block number will recover your wallet quicker.</source>
        <translation>若在您之後要回復錢包的時候，指定這個區塊高度數字可以加快回復過程。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="200"/>
        <source>Back to menu</source>
        <translation>回到選單</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet3</name>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="59"/>
        <source>Daemon settings</source>
        <translation>節點設定</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="60"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.</source>
        <translation>為了在 Monero 網路上交易，您必須先連接至一個 Monero 節點。為了獲得最好的隱私保護，建議您自行運作一個節點。</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet4</name>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="61"/>
        <source>You&apos;re all set up!</source>
        <translation>一切已準備就緒！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="62"/>
        <source>New wallet details:</source>
        <translation>新錢包詳細資訊:</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="70"/>
        <source>Create wallet</source>
        <translation>建立錢包</translation>
    </message>
</context>
<context>
    <name>WizardDaemonSettings</name>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="55"/>
        <source>Start a node automatically in background (recommended)</source>
        <translation>啟動節點於背景中運行 (建議)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="79"/>
        <source>Blockchain location (optional)</source>
        <translation>區塊鏈檔案位置 (選填)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="82"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="88"/>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="95"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="115"/>
        <source>Prune blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="132"/>
        <source>Bootstrap node</source>
        <translation>引導節點</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="152"/>
        <source>Additionally, you may specify a bootstrap node to use Monero immediately.</source>
        <translation>此外，你或許會想要指定一個引導節點以馬上使用 Monero。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="192"/>
        <source>Connect to a remote node</source>
        <translation>連接到遠端節點</translation>
    </message>
</context>
<context>
    <name>WizardHome</name>
    <message>
        <location filename="../wizard/WizardHome.qml" line="66"/>
        <source>Welcome to Monero</source>
        <translation>歡迎使用 Monero</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="78"/>
        <source>Create a new wallet</source>
        <translation>建立一個新的錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="78"/>
        <location filename="../wizard/WizardHome.qml" line="104"/>
        <source>stagenet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="79"/>
        <location filename="../wizard/WizardHome.qml" line="105"/>
        <source>testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="82"/>
        <source>Choose this option if this is your first time using Monero.</source>
        <translation>如果您是初次使用 Monero 請選此項。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="104"/>
        <source>Create a new wallet from hardware</source>
        <translation>從硬體錢包建立新的錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="108"/>
        <source>Connect your hardware wallet to create a new Monero wallet.</source>
        <translation>連接您的硬體錢包以建立一個新的 Monero 錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="127"/>
        <source>Open a wallet from file</source>
        <translation>以檔案開啟錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="128"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>從您的電腦匯入現有的 .key 錢包檔案。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="147"/>
        <source>Restore wallet from keys or mnemonic seed</source>
        <translation>從金鑰或種子碼回復錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="148"/>
        <source>Enter your private keys or 25-word mnemonic seed to restore your wallet.</source>
        <translation>輸入您的私鑰或 25 字記憶種子碼以還原您的錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="164"/>
        <source>Change wallet mode</source>
        <translation>切換錢包模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="179"/>
        <source>Advanced options</source>
        <translation>進階選項</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="202"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="224"/>
        <source>Number of KDF rounds:</source>
        <translation>設定 KDF 輪數:</translation>
    </message>
</context>
<context>
    <name>WizardLanguage</name>
    <message>
        <location filename="../wizard/WizardLanguage.qml" line="160"/>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>WizardModeBootstrap</name>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="61"/>
        <source>About the bootstrap mode</source>
        <translation>關於引導模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="72"/>
        <source>This mode will use a remote node whilst also syncing the blockchain. This is different from the first menu option (Simple mode), since it will only use the remote node until the blockchain is fully synced locally. It is a reasonable tradeoff for most people who care about privacy but also want the convenience of an automatic fallback option.</source>
        <translation>這個模式將會在同步區塊鏈時使用遠端節點，這與第一個選項 (簡易模式) 不同，錢包只會在本機的區塊鏈完全同步以前暫時使用遠端節點。這是提供給大部分關心隱私的但又想要便利的使用者的合理折衷方案。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="84"/>
        <source>Temporary use of remote nodes is useful in order to use Monero immediately (hence the name bootstrap), however be aware that when using remote nodes (including with the bootstrap setting), nodes could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>在引導模式下，暫時使用遠端節點可以讓您立刻開始使用錢包，但請注意在使用遠端節點時(包括引導模式)，節點可能會記錄您的 IP 位址，記錄您的錢包回復高度與相關區塊資料，甚至回傳給您不正確的資訊以獲取更多關於您的交易資料。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="97"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>謹記這些限制，&lt;b&gt;若您非常注重隱私及去中心化請使用完整節點&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="104"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>我了解使用第三方伺服器可能對隱私造成的影響。</translation>
    </message>
</context>
<context>
    <name>WizardModeRemoteNodeWarning</name>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="61"/>
        <source>About the simple mode</source>
        <translation>關於簡易模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="72"/>
        <source>This mode is ideal for managing small amounts of Monero. You have access to basic features for making and managing transactions. It will automatically connect to the Monero network so you can start using Monero immediately.</source>
        <translation>這個模式適合小金額的 Monero 交易，您將會有基本的交易發送及管理功能，錢包將會自動連接至 Monero 網路讓您可以立即開始使用錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="85"/>
        <source>Remote nodes are useful if you are not able/don&apos;t want to download the whole blockchain, but be advised that malicious remote nodes could compromise some privacy. They could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>當你不行或不想下載整個區塊鏈的時候，遠端節點是一個好用的方案，但如果遇到惡意的遠端節點時，這將損失您部分的隱私，他們可以追蹤您的 IP 位址、追蹤您的回復區塊高度與請求的區塊資料、甚至發送錯誤的資訊以獲得關於您的交易資訊。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="100"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>謹記這些限制。&lt;b&gt;若您非常注重隱私及去中心化請使用完整節點&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="107"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>我了解使用第三方伺服器可能對隱私造成的影響。</translation>
    </message>
</context>
<context>
    <name>WizardModeSelection</name>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="48"/>
        <source>Failed to configure portable mode</source>
        <translation>無法設定可攜式模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="75"/>
        <source>Mode selection</source>
        <translation>模式選擇</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="76"/>
        <source>Please select the statement that best matches you.</source>
        <translation>請選擇最符合您的使用情境。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="82"/>
        <location filename="../wizard/WizardModeSelection.qml" line="115"/>
        <source>Simple mode</source>
        <translation>簡易模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="85"/>
        <location filename="../wizard/WizardModeSelection.qml" line="118"/>
        <source>Not available on Tails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="88"/>
        <source>Easy access to sending, receiving and basic functionality.</source>
        <translation>簡單易用的發送、接收交易與基本功能。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="90"/>
        <location filename="../wizard/WizardModeSelection.qml" line="123"/>
        <source>Available on mainnet.</source>
        <translation>在主網路上可用.</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="121"/>
        <source>Easy access to sending, receiving and basic functionality. The blockchain is downloaded to your computer.</source>
        <translation>簡單易用的發送、接收交易與基本功能，區塊鏈檔案將會下載至您的電腦。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="147"/>
        <source>Advanced mode</source>
        <translation>進階模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="148"/>
        <source>Includes extra features like mining and message verification. The blockchain is downloaded to your computer.</source>
        <translation>包含額外的功能像是挖礦與訊息簽署，區塊鏈檔案將會下載至您的電腦。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="159"/>
        <source>Optional features</source>
        <translation>可選功能</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="160"/>
        <source>Select enhanced functionality you would like to enable.</source>
        <translation>選擇你想要額外啟用的加強功能。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="165"/>
        <source>Portable mode</source>
        <translation>可攜式模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="166"/>
        <source>Create portable wallets and use them on any PC. Enable if you installed Monero on a USB stick, an external drive, or any other portable storage medium.</source>
        <translation>建立可攜式錢包檔案以便在任何電腦上使用。如果您是在隨身碟、隨身硬碟或其他可攜式儲存媒體上安裝 Monero 則請啟用這個設定。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="175"/>
        <source>Back to menu</source>
        <translation>回到選單</translation>
    </message>
</context>
<context>
    <name>WizardNav</name>
    <message>
        <location filename="../wizard/WizardNav.qml" line="46"/>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../wizard/WizardNav.qml" line="47"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../wizard/WizardNav.qml" line="118"/>
        <source>Step (%1) of (%2)</source>
        <translation>步驟 %1/%2</translation>
    </message>
</context>
<context>
    <name>WizardOpenWallet1</name>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="75"/>
        <source>Open a wallet from file</source>
        <translation>以檔案開啟錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="76"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>從您的電腦上匯入現有的 .key 錢包檔案。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="94"/>
        <source>Recently opened</source>
        <translation>最近開啟的</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="166"/>
        <source>Mainnet</source>
        <translation>主網路</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="167"/>
        <source>Testnet</source>
        <translation>Testnet</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="168"/>
        <source>Stagenet</source>
        <translation>Stagenet</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="177"/>
        <source>Mainnet wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="178"/>
        <source>Testnet wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="179"/>
        <source>Stagenet wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="333"/>
        <source>Browse filesystem</source>
        <translation>瀏覽檔案</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="332"/>
        <source>Back to menu</source>
        <translation>回到選單</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet1</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="105"/>
        <source>Restore wallet</source>
        <translation>回復錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="106"/>
        <source>Restore wallet from keys or mnemonic seed.</source>
        <translation>從金鑰或記憶種子碼回復錢包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="120"/>
        <source>Restore from seed</source>
        <translation>從種子碼回復</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="133"/>
        <source>Restore from keys</source>
        <translation>從金鑰回復</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="146"/>
        <source>Restore from QR Code</source>
        <translation>從 QR 碼回復</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="211"/>
        <source>Enter your 25 word mnemonic seed</source>
        <translation>輸入您的 25 字記憶種子碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="220"/>
        <source>Seed offset passphrase (optional)</source>
        <translation>種子碼偏移密碼 (選填)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="228"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="238"/>
        <source>Account address (public)</source>
        <translation>帳戶位址 (公開)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="250"/>
        <source>View key (private)</source>
        <translation>查看金鑰 (私鑰)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Spend key (private)</source>
        <translation>花費金鑰 (私鑰)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Leave blank to create a view-only wallet</source>
        <translation>留空以建立唯讀錢包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="273"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>錢包建立的時間 &apos;YYYY-MM-DD&apos; 或是指定一個區塊高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="276"/>
        <source>Restore height</source>
        <translation>回復區塊高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="297"/>
        <source>Back to menu</source>
        <translation>回到選單</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet3</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="62"/>
        <source>Daemon settings</source>
        <translation>節點設定</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="63"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.

If you don&apos;t have the option to run your own node, there&apos;s an option to connect to a remote node.</source>
        <translation>為了在 Monero 網路上交易，您必須先連接至一個 Monero 節點。為了獲得最好的隱私保護，建議您自行運作一個節點。

如果您無法運作自己的節點，可以選擇連接至一個遠端節點的方案。</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet4</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="61"/>
        <source>You&apos;re all set up!</source>
        <translation>一切已準備就緒！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="62"/>
        <source>New wallet details:</source>
        <translation>新錢包詳細資訊:</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="70"/>
        <source>Create wallet</source>
        <translation>建立錢包</translation>
    </message>
</context>
<context>
    <name>WizardSummary</name>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="44"/>
        <source>Wallet name</source>
        <translation>錢包名稱</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="50"/>
        <source>Wallet path</source>
        <translation>錢包檔案路徑</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="56"/>
        <source>Mnemonic seed language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="62"/>
        <source>Restore height</source>
        <translation>回復區塊高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="70"/>
        <source>Daemon address</source>
        <translation>節點位置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="77"/>
        <source>Bootstrap address</source>
        <translation>引導節點位址</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="83"/>
        <source>Network Type</source>
        <translation>網路類型</translation>
    </message>
</context>
<context>
    <name>WizardWalletInput</name>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="70"/>
        <source>Wallet name is empty</source>
        <translation>錢包名是空的</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="74"/>
        <source>Wallet name is invalid</source>
        <translation>錢包名不可用</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="80"/>
        <source>Wallet already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="88"/>
        <source>Wallet name</source>
        <translation>錢包名稱</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="106"/>
        <source>Wallet location is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="113"/>
        <source>Wallet location</source>
        <translation>錢包檔案位置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="131"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="145"/>
        <source>Please choose a directory</source>
        <translation>請選擇一個目錄</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.qml" line="953"/>
        <location filename="../main.qml" line="1075"/>
        <location filename="../main.qml" line="1690"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../main.qml" line="540"/>
        <source>Couldn&apos;t open wallet: </source>
        <translation>無法開啟這個錢包: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="714"/>
        <source>Waiting for daemon to stop...</source>
        <translation>等待節點停止中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="748"/>
        <source>Daemon failed to start</source>
        <translation>節點啟動失敗</translation>
    </message>
    <message>
        <location filename="../main.qml" line="749"/>
        <source>Please check your wallet and daemon log for errors. You can also try to start %1 manually.</source>
        <translation>請查看您的錢包與節點日誌獲得錯誤訊息，您亦可嘗試手動重新啟動%1。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="817"/>
        <source>Can&apos;t create transaction: Wrong daemon version: </source>
        <translation>無法建立此項交易: 節點版本錯誤: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="819"/>
        <location filename="../main.qml" line="911"/>
        <source>Can&apos;t create transaction: </source>
        <translation>無法建立此項交易: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="826"/>
        <location filename="../main.qml" line="917"/>
        <source>No unmixable outputs to sweep</source>
        <translation>沒有無法混幣的輸出需要去除</translation>
    </message>
    <message>
        <location filename="../main.qml" line="661"/>
        <source>Waiting for daemon to sync</source>
        <translation>等待節點同步中</translation>
    </message>
    <message>
        <location filename="../main.qml" line="309"/>
        <source>Closing wallet...</source>
        <translation>關閉錢包中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="494"/>
        <source>Please confirm transaction on the device...</source>
        <translation>請在裝置上確認交易...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="496"/>
        <location filename="../main.qml" line="501"/>
        <source>Please proceed to the device...</source>
        <translation>請在裝置上繼續...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="508"/>
        <source>Signing transaction in the device...</source>
        <translation>正在裝置上簽署交易...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="519"/>
        <source>Opening wallet ...</source>
        <translation>開啟錢包中 ...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="535"/>
        <source>Repairing incompatible wallet cache. Resyncing wallet.</source>
        <translation>正在修復不相容的錢包快取，重新同步錢包中。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="663"/>
        <source>Daemon is synchronized (%1)</source>
        <translation>節點已同步 (%1)</translation>
    </message>
    <message>
        <location filename="../main.qml" line="665"/>
        <source>Wallet is synchronized</source>
        <translation>錢包已同步</translation>
    </message>
    <message>
        <location filename="../main.qml" line="765"/>
        <source>Daemon is synchronized</source>
        <translation>節點已同步</translation>
    </message>
    <message>
        <location filename="../main.qml" line="866"/>
        <source>Creating transaction...</source>
        <translation>建立交易中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="945"/>
        <source>Sending transaction ...</source>
        <translation>發送交易中 ...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="973"/>
        <source>Failed to store the wallet</source>
        <translation>無法儲存錢包</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1011"/>
        <source>Couldn&apos;t generate a proof because of the following reason: 
</source>
        <translation>無法產生證明，原因如下:
</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1045"/>
        <location filename="../main.qml" line="1064"/>
        <source>Payment proof check</source>
        <translation>付款證明檢查</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1048"/>
        <location filename="../main.qml" line="1066"/>
        <location filename="../main.qml" line="1072"/>
        <source>Bad signature</source>
        <translation>有問題的簽署</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1055"/>
        <source>This address received %1 monero, with %2 confirmation(s).</source>
        <translation>這個位址收入了 %1 monero，並通過 %2 次的確認。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1066"/>
        <source>Good signature</source>
        <translation>良好的簽署</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1070"/>
        <source>Reserve proof check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1072"/>
        <source>Good signature on %1 total and %2 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1344"/>
        <source>Desktop entry</source>
        <translation>桌面設定檔</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1345"/>
        <source>Would you like to register Monero GUI Desktop entry?</source>
        <translation>請問您想要在桌面設定檔登錄 Monero GUI 應用程式嗎？</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1347"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1348"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../main.qml" line="141"/>
        <location filename="../main.qml" line="1573"/>
        <location filename="../main.qml" line="2243"/>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1583"/>
        <source>Save transaction file</source>
        <translation>儲存交易檔案</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1583"/>
        <source>Send transaction</source>
        <translation>發送交易</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1640"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1643"/>
        <source>Error: Filesystem is read only</source>
        <translation>錯誤: 沒有寫入權限</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1645"/>
        <source>Warning: There&apos;s only %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>警告: 此裝置剩餘 %1 GB 可用儲存空間，區塊鏈檔案需要約 %2 GB 存放空間。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1647"/>
        <source>Note: There&apos;s %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>注意: 此裝置尚有 %1 GB可用儲存空間。 區塊鏈檔案需要約 %2 GB的存放空間。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1649"/>
        <source>Note: lmdb folder not found. A new folder will be created.</source>
        <translation>注意: 找不到lmdb資料夾。 將會建立一個新的。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1687"/>
        <source>Password changed successfully</source>
        <translation>更改密碼成功</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1691"/>
        <source>Error: </source>
        <translation>錯誤: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1782"/>
        <source>Primary account</source>
        <translation>主要帳戶</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1974"/>
        <source>Autosaved the wallet</source>
        <translation>自動儲存錢包</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1976"/>
        <source>Failed to autosave the wallet</source>
        <translation>無法自動儲存錢包</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2092"/>
        <source>Local node is running</source>
        <translation>本機節點正在執行中</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2093"/>
        <source>Do you want to stop local node or keep it running in the background?</source>
        <translation>你想要停止本機節點或是讓他在背景繼續執行?</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2095"/>
        <source>Force stop</source>
        <translation>強制停止</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2096"/>
        <source>Keep it running</source>
        <translation>繼續執行</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2116"/>
        <source>Tap again to close...</source>
        <translation>再按一次離開...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2131"/>
        <source>Checking local node status...</source>
        <translation>正在檢查本機節點的狀態…</translation>
    </message>
    <message>
        <location filename="../main.qml" line="836"/>
        <source>Save as file</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <location filename="../main.qml" line="836"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../main.qml" line="954"/>
        <source>Couldn&apos;t send the money: </source>
        <translation>無法付款: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1686"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1052"/>
        <source>This address received %1 monero, but the transaction is not yet mined</source>
        <translation>這個位址已收到 %1 Monero 幣，但這筆交易尚未被礦工確認</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1059"/>
        <source>This address received nothing</source>
        <translation>這個位址沒有收到款項</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1742"/>
        <source>Please wait...</source>
        <translation>請稍後...</translation>
    </message>
</context>
</TS>
