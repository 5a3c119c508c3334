<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh-cn">
<context>
    <name>Account</name>
    <message>
        <location filename="../pages/Account.qml" line="57"/>
        <source>Set the label of the selected account:</source>
        <translation>设置选定账户的标签:</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="89"/>
        <source>Balance All</source>
        <translation>总余额</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="96"/>
        <source>Total balance: </source>
        <translation>全部余额: </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="121"/>
        <location filename="../pages/Account.qml" line="156"/>
        <source>Copied to clipboard</source>
        <translation>已经复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="131"/>
        <source>Total unlocked balance: </source>
        <translation>已经解锁的余额</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="174"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="346"/>
        <source>Edit account label</source>
        <translation>编辑账户标签</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="361"/>
        <source>Copy address to clipboard</source>
        <translation>将地址复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="366"/>
        <source>Address copied to clipboard</source>
        <translation>地址已被复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="181"/>
        <source>Create new account</source>
        <translation>创建新账号</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="184"/>
        <source>Set the label of the new account:</source>
        <translation>设置新账户到标签：</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <location filename="../pages/AddressBook.qml" line="80"/>
        <source>Save your most used addresses here</source>
        <translation>可以把你的常用地址保存在这里</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="93"/>
        <source>This makes it easier to send or receive Monero and reduces errors when typing in addresses manually.</source>
        <translation>这会使发送或接收Monero更加简单，并且减少在手动输入地址时发生的错误。</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="102"/>
        <location filename="../pages/AddressBook.qml" line="313"/>
        <source>Add an address</source>
        <translation>添加一个地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="117"/>
        <source>Address book</source>
        <translation>地址簿</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="232"/>
        <source>Send to this address</source>
        <translation>付款到此地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="246"/>
        <source>See transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="279"/>
        <source>Copy address to clipboard</source>
        <translation>将地址复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="284"/>
        <source>Address copied to clipboard</source>
        <translation>已复制地址到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="125"/>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="386"/>
        <source>Resolve</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="401"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>在本 OpenAlias 地址未发现有效地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="406"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>已找到地址, 但 DNSSEC 签名无法被验证, 此地址有受到欺骗攻击的风险</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="408"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>在本 OpenAlias 地址未发现有效地址, 且无法验证其 DNSSEC 签名, 此地址有受到欺骗攻击的风险</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="411"/>
        <location filename="../pages/AddressBook.qml" line="414"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="417"/>
        <source>No address found</source>
        <translation>没有找到该地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="323"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="261"/>
        <location filename="../pages/AddressBook.qml" line="313"/>
        <source>Edit entry</source>
        <translation>修改标头</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="351"/>
        <source>Grab QR code from screen</source>
        <translation>从屏幕中获取二维码</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="431"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="432"/>
        <source>Add a name...</source>
        <translation>添加名称...</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="468"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="468"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="475"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="478"/>
        <source>Invalid address</source>
        <translation>无效的地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="482"/>
        <source>Can&apos;t create entry</source>
        <translation>无法新增地址</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="444"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="455"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="545"/>
        <source>OpenAlias error</source>
        <translation>OpenAlias 错误</translation>
    </message>
</context>
<context>
    <name>Advanced</name>
    <message>
        <location filename="../pages/Advanced.qml" line="53"/>
        <source>Mining</source>
        <translation type="unfinished">挖矿</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="58"/>
        <source>Prove/check</source>
        <translation type="unfinished">证明/检验</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="63"/>
        <source>Shared RingDB</source>
        <translation type="unfinished">共享的环签名数据库</translation>
    </message>
    <message>
        <location filename="../pages/Advanced.qml" line="68"/>
        <source>Sign/verify</source>
        <translation>签名/验证</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../components/ContextMenu.qml" line="51"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="57"/>
        <source>Copy</source>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="63"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="69"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location filename="../components/ContextMenu.qml" line="75"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>DaemonManagerDialog</name>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="99"/>
        <source>Starting local node in %1 seconds</source>
        <translation>本地节点将在%1秒后启动</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="119"/>
        <source>Start daemon (%1)</source>
        <translation>启动后台进程(%1)</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="132"/>
        <source>Use custom settings</source>
        <translation>使用自定义设置</translation>
    </message>
</context>
<context>
    <name>DevicePassphraseDialog</name>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="44"/>
        <source>Hardware wallet</source>
        <translation>硬件钱包</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="45"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="67"/>
        <source>Hardware wallet passphrase</source>
        <translation>硬件钱包助记词</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="68"/>
        <source>Please select where you want to enter passphrase.
It is recommended to enter passphrase on the hardware wallet for better security.</source>
        <translation>请选择您希望如何输入助记词。
建议在硬件钱包上输入助记词，以获得更高的安全性。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../pages/History.qml" line="213"/>
        <source>Date from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="227"/>
        <source>Date to</source>
        <translation>截止日期</translation>
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
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="109"/>
        <source>Sort &amp; filter</source>
        <translation>排序和过滤</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="191"/>
        <source>Clean</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="254"/>
        <source>Sort by</source>
        <translation>排序按</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="275"/>
        <location filename="../pages/History.qml" line="1217"/>
        <source>Blockheight</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="393"/>
        <location filename="../pages/History.qml" line="1744"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="473"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="503"/>
        <source>Jump to page (1-%1)</source>
        <translation>跳转到第 (1-%1) 页</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="511"/>
        <source>Invalid page. Must be a number within the specified range.</source>
        <translation>无效页。必须在指定范围内跳转页。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Sent</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="159"/>
        <source>Search by Transaction ID, Address, Description, Amount or Blockheight</source>
        <translation>按交易ID、地址、描述、金额或区块高度搜索</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="724"/>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="724"/>
        <source>Mined</source>
        <translation>已挖出</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="741"/>
        <source>Yes</source>
        <translation>好的</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <location filename="../pages/History.qml" line="1233"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="863"/>
        <source>Confirmations</source>
        <translation>确认数</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1060"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1128"/>
        <source>Transaction ID</source>
        <translation>交易ID</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1172"/>
        <source>Transaction key</source>
        <translation>交易密钥</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1188"/>
        <source>Click to reveal</source>
        <translation>点击以显示</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="809"/>
        <source>Unknown recipient</source>
        <translation>未知收款方</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1378"/>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1394"/>
        <source>Human readable date format</source>
        <translation>人类可读的日期格式</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1400"/>
        <source>Export all history</source>
        <translation>导出所有历史记录</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1639"/>
        <source>Set description:</source>
        <translation>设置描述：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1642"/>
        <source>Updated description.</source>
        <translation>描述已更新。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1672"/>
        <source>No transaction history yet.</source>
        <translation>还没有历史交易。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1674"/>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1676"/>
        <source>%1 transactions total, showing %2.</source>
        <translation>共 %1 笔交易，已显示 %2 笔。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="816"/>
        <location filename="../pages/History.qml" line="1694"/>
        <source>Primary address</source>
        <translation>主地址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="690"/>
        <source>Unknown amount</source>
        <translation>未知金额</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="786"/>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="786"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="674"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="811"/>
        <source>My wallet</source>
        <translation>我的钱包</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="816"/>
        <location filename="../pages/History.qml" line="819"/>
        <location filename="../pages/History.qml" line="821"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="825"/>
        <source>Unknown address</source>
        <translation>未知地址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="985"/>
        <location filename="../pages/History.qml" line="1703"/>
        <source>Transaction details</source>
        <translation>交易细节</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1024"/>
        <source>Generate payment proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1724"/>
        <source>Payment proof</source>
        <translation type="unfinished">付款证明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1725"/>
        <source>Generating payment proof</source>
        <translation>正在生成付款证明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1733"/>
        <source>Copied to clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1742"/>
        <source>Tx ID:</source>
        <translation>交易 ID：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1745"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1746"/>
        <source>Payment ID:</source>
        <translation>支付 ID：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1747"/>
        <source>Integrated address</source>
        <translation>集成地址</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1748"/>
        <source>Tx key:</source>
        <translation>交易密钥：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1749"/>
        <source>Tx note:</source>
        <translation>交易备注：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1750"/>
        <source>Destinations:</source>
        <translation>目标地址：</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1751"/>
        <source>Rings:</source>
        <translation>环签名:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1758"/>
        <source>Please choose a folder</source>
        <translation>请选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1768"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1769"/>
        <source>CSV file written to: %1</source>
        <translation>已写入到CSV文件进度：%1</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1770"/>
        <source>Tip: Use your favorite spreadsheet software to sort on blockheight.</source>
        <translation>提示：使用你喜欢的电子表格软件，将其按照区块高度排序。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1774"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1775"/>
        <source>Error exporting transaction data.</source>
        <translation>导出交易数据时出错。</translation>
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
        <translation>好的。</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../pages/Keys.qml" line="73"/>
        <source>Mnemonic seed</source>
        <translation>私钥助记种子(seed)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="62"/>
        <source>WARNING: Do not reuse your Monero keys on another fork, UNLESS this fork has key reuse mitigations built in. Doing so will harm your privacy.</source>
        <translation>警告：请勿在别的分叉上重用你的 Monero 私钥，除非这个分叉内置了重用保护，否则隐私会受到侵害。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="85"/>
        <source>WARNING: Copying your seed to clipboard can expose you to malicious software, which may record your seed and steal your Monero. Please write down your seed manually.</source>
        <translation>警告：复制种子单词到剪贴板，可能会暴露给恶意软件，导致你的种子单词被记录，从而Monero被盗。请手工抄写下这些种子单词。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="106"/>
        <source>Wallet restore height</source>
        <translation>钱包恢复高度</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="122"/>
        <source>Block #</source>
        <translation>区块 #</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="134"/>
        <source>Primary address &amp; Keys</source>
        <translation>主地址及密钥</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="149"/>
        <source>Primary address</source>
        <translation>主地址</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="197"/>
        <source>Export wallet</source>
        <translation>导出钱包</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="212"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>Spendable Wallet</source>
        <translation>可支付的钱包</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="222"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>View Only Wallet</source>
        <translation>只读的钱包</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="260"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="281"/>
        <source>Mnemonic seed protected by hardware device.</source>
        <translation>由硬件钱包来保护助记词种子。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="291"/>
        <source>(View Only Wallet - No mnemonic seed available)</source>
        <translation>（只读钱包 - 没有助记种子）</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="292"/>
        <source>(View Only Wallet - No secret spend key available)</source>
        <translation>（仅可查看的钱包——无需涉及支付密钥）</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="299"/>
        <source>(Hardware Device Wallet - No secret spend key available)</source>
        <translation>（硬件钱包——无法获取支付密钥）</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="158"/>
        <source>Secret view key</source>
        <translation>view密钥</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="167"/>
        <source>Public view key</source>
        <translation>view公钥</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="176"/>
        <source>Secret spend key</source>
        <translation>spend密钥</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="185"/>
        <source>Public spend key</source>
        <translation>spend公钥</translation>
    </message>
</context>
<context>
    <name>LanguageSidebar</name>
    <message>
        <location filename="../components/LanguageSidebar.qml" line="96"/>
        <source>Language changed.</source>
        <translation type="unfinished">语言修改成功。</translation>
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
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="141"/>
        <source>Testnet</source>
        <translation>测试网</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="141"/>
        <source>Stagenet</source>
        <translation>专用网</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="287"/>
        <source>Copied to clipboard</source>
        <translation>复制到剪贴板</translation>
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
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="217"/>
        <source>Syncing...</source>
        <translation>同步中...</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="406"/>
        <source>Address book</source>
        <translation>地址簿</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="450"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="472"/>
        <source>Advanced</source>
        <translation>高级功能</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="530"/>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="539"/>
        <source>Daemon</source>
        <translation>后台进程</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="493"/>
        <source>Settings</source>
        <translation>钱包设置</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../components/LineEdit.qml" line="190"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../components/LineEdit.qml" line="195"/>
        <source>Copied to clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../components/LineEdit.qml" line="207"/>
        <source>Paste</source>
        <translation type="unfinished">粘贴</translation>
    </message>
</context>
<context>
    <name>LineEditMulti</name>
    <message>
        <location filename="../components/LineEditMulti.qml" line="139"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="144"/>
        <source>Copied to clipboard</source>
        <translation>复制到剪切板</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="155"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../components/MenuBar.qml" line="34"/>
        <source>File</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="37"/>
        <source>Close Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="42"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="44"/>
        <source>Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="44"/>
        <source>Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MenuBar.qml" line="50"/>
        <source>Change Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="132"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="165"/>
        <location filename="../pages/merchant/Merchant.qml" line="648"/>
        <source>Currently monitoring incoming transactions, none found yet.</source>
        <translation>正在监控进账的交易，但尚未找到。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="235"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="159"/>
        <source>This page will automatically scan the blockchain and the tx pool for incoming transactions using the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="160"/>
        <source>It&apos;s up to you whether to accept unconfirmed transactions or not. It is likely they&apos;ll be confirmed in short order, but there is still a possibility they might not, so for larger values you may want to wait for one or more confirmation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="269"/>
        <source>Currently selected address</source>
        <translation>当前选择的地址</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="271"/>
        <source>Change</source>
        <translation type="unfinished">改变</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="296"/>
        <source>(right-click, save as)</source>
        <translation>(点击右键, 另存为)</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="340"/>
        <source>Payment URL</source>
        <translation>支付的URL地址</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="419"/>
        <source>Copied to clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="452"/>
        <location filename="../pages/merchant/Merchant.qml" line="505"/>
        <source>Amount to receive</source>
        <translation>收到的金额</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="532"/>
        <source>Enable sales tracker</source>
        <translation>启用销售跟踪器</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="544"/>
        <source>Leave this page</source>
        <translation>离开本页</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="574"/>
        <source>The merchant page requires a larger window</source>
        <translation>商户页面需要更大的窗口</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="596"/>
        <source>WARNING: no connection to daemon</source>
        <translation>警告: 没有与后台进程建立连接</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="690"/>
        <source>Save QrCode</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="691"/>
        <source>Failed to save QrCode to </source>
        <translation>无法保存二维码至 </translation>
    </message>
</context>
<context>
    <name>MerchantTrackingList</name>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="128"/>
        <source>unconfirmed</source>
        <translation>未确认的</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="163"/>
        <source>Awaiting in txpool</source>
        <translation>正在交易池中等待</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="167"/>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="169"/>
        <source>confirmations</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="172"/>
        <source>confirmation</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>Mining</name>
    <message>
        <location filename="../pages/Mining.qml" line="70"/>
        <source>Your daemon must be synchronized before you can start mining</source>
        <translation>在开始挖矿之前节点必须完成同步</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="142"/>
        <source>CPU threads</source>
        <translation>CPU线程数量</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="64"/>
        <source>Mining is only available on local daemons.</source>
        <translation>挖矿仅可在本地进程运行。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="88"/>
        <source>Mining may reduce the performance of other running applications and processes.</source>
        <translation>挖矿可能会降低其他正在运行的应用程序和进程的性能。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="202"/>
        <source>Set to use recommended # of threads</source>
        <translation>设置为推荐的 # 线程数</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="210"/>
        <source>Use all threads</source>
        <translation>使用所有线程</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="214"/>
        <source>Set to use all threads</source>
        <translation>设置为使用所有线程</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="258"/>
        <source>Background mining (experimental)</source>
        <translation>后台挖矿(实验性功能)</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="227"/>
        <source>Enable mining when running on battery</source>
        <translation>允许在使用电池时挖矿</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="58"/>
        <source>Mining</source>
        <translation type="unfinished">挖矿</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="76"/>
        <source>Mining with your computer helps strengthen the Monero network. The more people mine, the harder it is for the network to be attacked, and every little bit helps.

Mining also gives you a small chance to earn some Monero. Your computer will create hashes looking for block solutions. If you find a block, you will get the associated reward. Good luck!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="76"/>
        <source>P2Pool mining is a decentralized way to pool mine that pays out more frequently compared to solo mining, while also supporting the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="100"/>
        <source>Solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="111"/>
        <source>Mining mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="198"/>
        <source>Use half (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="240"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="269"/>
        <source>Manage miner</source>
        <translation>挖矿管理</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="286"/>
        <source>Start mining</source>
        <translation>开始挖矿</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="308"/>
        <source>Yes</source>
        <translation type="unfinished">好的</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="383"/>
        <source>Mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="384"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="395"/>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="401"/>
        <source>Use the mini chain if you have a low hashrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="441"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="498"/>
        <source>P2Pool startup flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="499"/>
        <source>(optional)</source>
        <translation type="unfinished">(选填)</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="516"/>
        <source>Starting P2Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="519"/>
        <source>Mining with P2Pool, at %1 H/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="566"/>
        <source>Error starting mining</source>
        <translation>启动挖矿时发生错误</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="622"/>
        <source>P2Pool Installation Failed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="632"/>
        <source>P2Pool has successfully installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="328"/>
        <location filename="../pages/Mining.qml" line="333"/>
        <location filename="../pages/Mining.qml" line="599"/>
        <location filename="../pages/Mining.qml" line="616"/>
        <source>Couldn&apos;t start mining.&lt;br&gt;</source>
        <translation>无法启动挖矿&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="569"/>
        <source>Mining is only available on local daemons. Run a local daemon to be able to mine.&lt;br&gt;</source>
        <translation>挖矿仅能使用本地的后台进程, 请先执行本地的后台进程&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="343"/>
        <source>Stop mining</source>
        <translation>停止挖矿</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="360"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="525"/>
        <source>Mining temporarily suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="534"/>
        <source>Mining at %1 H/s. It gives you a 1 in %2 daily chance of finding a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="372"/>
        <location filename="../pages/Mining.qml" line="539"/>
        <source>Not mining</source>
        <translation>未挖矿</translation>
    </message>
</context>
<context>
    <name>NetworkStatusItem</name>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="45"/>
        <source>Starting the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="47"/>
        <source>Stopping the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="54"/>
        <source>Synchronizing</source>
        <translation>区块同步中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="56"/>
        <location filename="../components/NetworkStatusItem.qml" line="58"/>
        <source>Remote node</source>
        <translation>远程节点</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="59"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="56"/>
        <location filename="../components/NetworkStatusItem.qml" line="59"/>
        <source>Mining</source>
        <translation>挖矿</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="61"/>
        <source>Wrong version</source>
        <translation>版本错误</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="64"/>
        <source>Searching node</source>
        <translation>正在搜索节点</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="66"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="68"/>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="70"/>
        <source>Invalid connection status</source>
        <translation>无效的连接状态</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="133"/>
        <source>Network status</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="175"/>
        <source>Switch to another public remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="194"/>
        <source>Successfully switched to another public node</source>
        <translation>成功切换到另一个公共节点</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="197"/>
        <source>Failed to switch public node</source>
        <translation>切换公共节点失败</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="207"/>
        <source>Switching to another public node</source>
        <translation>正在切换到另一个公共节点</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../components/PasswordDialog.qml" line="163"/>
        <source>Please enter new wallet password</source>
        <translation>请输入新钱包的密码</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="165"/>
        <source>wallet password</source>
        <translation>钱包密码</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="165"/>
        <source>wallet device passphrase</source>
        <translation>钱包设备口令</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="166"/>
        <source>Please enter %1 for: </source>
        <translation>请输入%1到</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="166"/>
        <source>Please enter %1</source>
        <translation>请输入 %1</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="178"/>
        <source>Warning: passphrase entry on host is a security risk as it can be captured by malware. It is advised to prefer device-based passphrase entry.</source>
        <translation>警告：电脑主机系统内的口令短语（passphrase）存在安全风险，它可能被某些流氓软件捕获。建议采用硬件钱包内的口令短语（passphrase）。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="207"/>
        <source>CAPSLOCKS IS ON.</source>
        <translation>大写输入已开启。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="242"/>
        <source>Please confirm new password</source>
        <translation>请确认新的密码</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="242"/>
        <source>Please confirm wallet device passphrase</source>
        <translation>请确认钱包设备的口令</translation>
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
        <translation>请稍后...</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <location filename="../components/ProgressBar.qml" line="38"/>
        <source>%1 blocks remaining: </source>
        <translation>%1 区块剩余</translation>
    </message>
    <message>
        <location filename="../components/ProgressBar.qml" line="72"/>
        <source>Synchronizing %1</source>
        <translation>同步区块中 %1</translation>
    </message>
</context>
<context>
    <name>QRCodeScanner</name>
    <message>
        <location filename="../components/QRCodeScanner.qml" line="140"/>
        <source>QrCode Scanned</source>
        <translation>二维码已扫描</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../pages/Receive.qml" line="56"/>
        <source>Set the label of the selected address:</source>
        <translation>标记已选地址:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="518"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="495"/>
        <source>Show on device</source>
        <translation>在设备上显示</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="751"/>
        <source>Please choose a name</source>
        <translation>请选择一个名称</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="527"/>
        <source>Set the label of the new address:</source>
        <translation>标记新地址:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="100"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="106"/>
        <source>Payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="141"/>
        <source>QR code copied to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="158"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished">复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="164"/>
        <source>Save as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="171"/>
        <source>Left click: copy QR code to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="171"/>
        <source>Right click: save QR code as image file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">金额</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="340"/>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="439"/>
        <location filename="../pages/Receive.qml" line="722"/>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="446"/>
        <location filename="../pages/Receive.qml" line="683"/>
        <source>Edit address label</source>
        <translation>编辑地址标签</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="475"/>
        <location filename="../pages/Receive.qml" line="700"/>
        <source>Copy address to clipboard</source>
        <translation type="unfinished">将地址复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="485"/>
        <location filename="../pages/Receive.qml" line="705"/>
        <source>Address copied to clipboard</source>
        <translation>地址已复制到粘贴板</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="524"/>
        <source>Create new address</source>
        <translation>创建新地址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="667"/>
        <source>See transactions</source>
        <translation type="unfinished">查看交易</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="718"/>
        <source>Primary address</source>
        <translation type="unfinished">主地址</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="758"/>
        <source>Save QrCode</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="759"/>
        <source>Failed to save QrCode to </source>
        <translation>无法保存二维码至</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="37"/>
        <source>Add remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="97"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="98"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="114"/>
        <source>Daemon username</source>
        <translation type="unfinished">节点用户名</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="115"/>
        <source>(optional)</source>
        <translation type="unfinished">(选填)</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="125"/>
        <source>Daemon password</source>
        <translation type="unfinished">守护进程密码</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="126"/>
        <source>Password</source>
        <translation type="unfinished">密码</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="142"/>
        <source>Mark as Trusted Daemon</source>
        <translation type="unfinished">标记为可信进程</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeDialog.qml" line="162"/>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteNodeEdit</name>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="88"/>
        <source>Remote Node Hostname / IP</source>
        <translation>远程节点主机名/IP</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="110"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
</context>
<context>
    <name>RemoteNodeList</name>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="48"/>
        <source>Add remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="120"/>
        <source>Trusted daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="144"/>
        <source>Edit remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeList.qml" line="159"/>
        <source>Remove remote node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../pages/settings/Settings.qml" line="59"/>
        <source>Wallet</source>
        <translation type="unfinished">钱包</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="64"/>
        <source>Interface</source>
        <translation type="unfinished">界面</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="69"/>
        <source>Node</source>
        <translation type="unfinished">节点</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="75"/>
        <source>Log</source>
        <translation type="unfinished">日志</translation>
    </message>
    <message>
        <location filename="../pages/settings/Settings.qml" line="80"/>
        <source>Info</source>
        <translation type="unfinished">信息</translation>
    </message>
</context>
<context>
    <name>SettingsInfo</name>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="47"/>
        <location filename="../pages/settings/SettingsInfo.qml" line="49"/>
        <source>Simple mode</source>
        <translation>简易模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Advanced mode</source>
        <translation>高级模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="72"/>
        <source>GUI version: </source>
        <translation>GUI 版本：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="102"/>
        <source>Embedded Monero version: </source>
        <translation>内置 Monero 版本：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="132"/>
        <source>Wallet path: </source>
        <translation>钱包路径：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="190"/>
        <source>Set a new restore height.
You can enter a block height or a date (YYYY-MM-DD):</source>
        <translation>设置新的区块还原高度。
你可以输入区块高度或者日期 (格式：YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="226"/>
        <source>Invalid restore height specified. Must be a number or a date formatted YYYY-MM-DD</source>
        <translation>无效的区块还原高度。输入格式必须为一个数字或日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="203"/>
        <source>Rescan wallet cache</source>
        <translation>重新扫描钱包缓存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Remote node</source>
        <translation type="unfinished">远程节点</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="51"/>
        <source>Local node</source>
        <translation type="unfinished">本地节点</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="53"/>
        <source>portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="178"/>
        <source>Wallet restore height: </source>
        <translation>钱包恢复高度：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="188"/>
        <source>Change</source>
        <translation>改变</translation>
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
        <translation>你确定要重建钱包缓存吗？
以下信息将被删除
- 收款人地址
- 交易密钥
- 交易说明

旧的钱包缓存文件将被重命名，可在后续用于恢复。
</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="260"/>
        <source>Wallet log path: </source>
        <translation>钱包日志路径：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="303"/>
        <source>Wallet mode: </source>
        <translation>钱包模式：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="334"/>
        <source>Graphics mode: </source>
        <translation>图形模式： </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="368"/>
        <source>Tails: </source>
        <translation>tails 系统</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="376"/>
        <source>persistent</source>
        <translation>persistent 储存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="376"/>
        <source>persistence disabled</source>
        <translation>已停用persistence 储存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="385"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="404"/>
        <source>Copied to clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="410"/>
        <source>Donate to Monero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="412"/>
        <source>Donation to Monero Core Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsLayout</name>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="58"/>
        <source>Custom decorations</source>
        <translation>自定义外观</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="82"/>
        <source>Hide balance</source>
        <translation>隐藏余额</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="139"/>
        <source>Lock wallet on inactivity</source>
        <translation>非活动期间将锁定钱包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="88"/>
        <source>Light theme</source>
        <translation>明亮主题</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="66"/>
        <source>Check for updates periodically</source>
        <translation>定期检查更新</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="72"/>
        <source>Display wallet name in title bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="97"/>
        <source>Ask for password before sending a transaction</source>
        <translation>在发送交易前要求输入密码</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="105"/>
        <source>Wrong password</source>
        <translation type="unfinished">密码错误</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="119"/>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="131"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="131"/>
        <source>minute(s)</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="152"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="152"/>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="153"/>
        <source>After </source>
        <translation>之后 </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="161"/>
        <source>Ask to stop local node during program exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="168"/>
        <source>Enable displaying balance in other currencies</source>
        <translation>开启以其它币种显示余额</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="189"/>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="204"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="228"/>
        <source>Enabling price conversion exposes your IP address to the selected price source.</source>
        <translation>开启汇率价格转换后，将依据你选择的价格来源，暴露你的IP地址。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="235"/>
        <source>Confirm and enable</source>
        <translation>确认并开启</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="252"/>
        <source>Socks5 proxy (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="253"/>
        <source>remote node connections, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="254"/>
        <source>updates downloading, fetching price sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="266"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="267"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="279"/>
        <source>Change language</source>
        <translation>切换语言</translation>
    </message>
</context>
<context>
    <name>SettingsLog</name>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="68"/>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="134"/>
        <source>Daemon log</source>
        <translation>后台进程日志</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="236"/>
        <source>Type a command (e.g &apos;%1&apos; or &apos;%2&apos;) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="259"/>
        <source>Failed to send command</source>
        <translation>发送命令失败</translation>
    </message>
</context>
<context>
    <name>SettingsNode</name>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="115"/>
        <source>Local node</source>
        <translation>本地节点</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="131"/>
        <source>The blockchain is downloaded to your computer. Provides higher security and requires more local storage.</source>
        <translation>将区块链下载到你的电脑。这会带来更高的安全性，但也需要更多的存储空间。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="208"/>
        <source>Remote node</source>
        <translation>远程节点</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="224"/>
        <source>Uses a third-party server to connect to the Monero network. Less secure, but easier on your computer.</source>
        <translation>使用一个第三方的服务器连接到 Monero 网络。安全性较低，但更加轻便。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="253"/>
        <source>To find a remote node, type &apos;Monero remote node&apos; into your favorite search engine. Please ensure the node is run by a trusted third-party.</source>
        <translation>可以在搜索引擎中查找“Monero 远程节点”。请注意确保节点由一个可信任的第三方维护。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="317"/>
        <source>(optional)</source>
        <translation>(选填)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="271"/>
        <source>Start daemon</source>
        <translation>启动守护</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="271"/>
        <source>Stop daemon</source>
        <translation>停止后台进程</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="290"/>
        <source>Blockchain location</source>
        <translation>区块链文件路径</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="290"/>
        <source>Change</source>
        <translation>改变</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="291"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="293"/>
        <source>(default)</source>
        <translation>(默认)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="316"/>
        <source>Daemon startup flags</source>
        <translation>节点启动参数</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="340"/>
        <source>Bootstrap Address</source>
        <translation>引导节点地址</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="341"/>
        <source>Bootstrap Port</source>
        <translation>引导节点端口</translation>
    </message>
</context>
<context>
    <name>SettingsWallet</name>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="64"/>
        <source>Close this wallet</source>
        <translation>关闭本钱包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="63"/>
        <source>Logs out of this wallet.</source>
        <translation>退出本钱包。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="72"/>
        <source>Create a view-only wallet</source>
        <translation>创建一个只读钱包</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="71"/>
        <source>Creates a new wallet that can only view and initiate transactions, but requires a spendable wallet to sign transactions before sending.</source>
        <translation>创建一个只能查看和发起交易的新钱包，但在发送之前需要一个可支配的钱包来签署交易。</translation>
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
        <translation>仅可查看钱包已经创建，密码与当前钱包相同。你可以关闭当前钱包并打开该仅可查看钱包，点击“从文件打开钱包”选项，然后从这里选择对应的仅可查看钱包： 
%1
你可以在钱包设置中修改密码。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="94"/>
        <source>Show seed &amp; keys</source>
        <translation>显示种子与私钥</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="93"/>
        <source>Store this information safely to recover your wallet in the future.</source>
        <translation>请将这些信息安全地保存好，将来可用于恢复你的钱包。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="105"/>
        <source>Rescan wallet balance</source>
        <translation>重新扫描钱包余额</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="104"/>
        <source>Use this feature if you think the shown balance is not accurate.</source>
        <translation>在你认为显示的余额不准确时使用此功能。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="55"/>
        <source>Locks the wallet on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="56"/>
        <source>Lock this wallet</source>
        <translation type="unfinished"></translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="113"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="115"/>
        <source>Error: </source>
        <translation>错误: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="113"/>
        <source>Rescan spent can only be used with a trusted remote node. If you trust the current node you are connected to (%1), you can mark it as trusted in Settings &gt; Node page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="121"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="122"/>
        <source>Successfully rescanned spent outputs.</source>
        <translation>成功扫描已花费的输出。</translation>
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
        <translation>修改钱包密码</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="177"/>
        <source>Receive Monero for your business, easily.</source>
        <translation>让您的企业轻松使用门罗币</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="178"/>
        <source>Enter merchant mode</source>
        <translation>进入商家模式</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="153"/>
        <source>Change the password of your wallet.</source>
        <translation>修改钱包密码。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="162"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
</context>
<context>
    <name>SharedRingDB</name>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="99"/>
        <source>Shared RingDB</source>
        <translation>共享的环签名数据库</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="103"/>
        <source>This page allows you to interact with the shared ring database. This database is meant for use by Monero wallets as well as wallets from Monero clones which reuse the Monero keys.</source>
        <translation>您在本页面可以操作共享的环形签名数据库。该数据库可被门罗币钱包和克隆钱包的密钥重用。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="115"/>
        <source>Outputs marked as spent</source>
        <translation>Blackball后的输出</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="116"/>
        <source>In order to obscure which inputs in a Monero transaction are being spent, a third party should not be able to tell which inputs in a ring are already known to be spent. Being able to do so would weaken the protection afforded by ring signatures. If all but one of the inputs are known to be already spent, then the input being actually spent becomes apparent, thereby nullifying the effect of ring signatures, one of the three main layers of privacy protection Monero uses.&lt;br&gt;To help transactions avoid those inputs, a list of known spent ones can be used to avoid using them in new transactions. Such a list is maintained by the Monero project and is available on the getmonero.org website, and you can import this list here.&lt;br&gt;Alternatively, you can scan the blockchain (and the blockchain of key-reusing Monero clones) yourself using the monero-blockchain-mark-spent-outputs tool to create a list of known spent outputs.&lt;br&gt;</source>
        <translation>为了掩盖Monero交易中任何付款的去向，第三方不应知道环签名中每个输入和输出的对应关系。否则就会削弱环签名提供的保护作用。如果仅有一个输入之外的所有输入都已知，那么所有付款的去向将变得透明，这将使作为门罗币三个主要隐私保护层之一的环签名彻底无效。&lt;br&gt; 为帮助交易中避免出现这些问题，可以使用已知去向交易清单来避免在新交易中使用它们。这个清单由门罗币项目维护，可在 getmonero.org 网站上找到，您可以在此处导入此清单。 &lt;br&gt; 或者您可以自己扫描区块链 （以及复制了门罗币密钥的克隆钱包的区块链），使用monero-blockchain-mark-spent-outputs 工具创建已知的已用输出清单。 &lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="134"/>
        <source>This sets which outputs are known to be spent, and thus not to be used as privacy placeholders in ring signatures. </source>
        <translation>这些是已知使用过的支付去向, 因此不能再用于环签名.</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="135"/>
        <source>You should only have to load a file when you want to refresh the list. Manual adding/removing is possible if needed.</source>
        <translation>仅在希望刷新列表时您才必须加载文件. 如果需要可以手动添加/删除. </translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="147"/>
        <source>Please choose a file from which to load outputs to mark as spent</source>
        <translation>请选择一个文件从中加载blackballed输出</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="161"/>
        <source>Path to file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="163"/>
        <source>Filename with outputs to mark as spent</source>
        <translation>blackball的输出文件名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="174"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="184"/>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="201"/>
        <source>Or manually mark a single output as spent/unspent:</source>
        <translation>或者手动选择单个blackball/unblackball输出:</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="203"/>
        <source>Paste output amount</source>
        <translation>粘贴输出数量</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="215"/>
        <source>Paste output offset</source>
        <translation>粘贴输出偏移量</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="227"/>
        <source>Mark as spent</source>
        <translation>Blackball</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="235"/>
        <source>Mark as unspent</source>
        <translation>Unblackball</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="246"/>
        <source>Rings</source>
        <translation>环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="247"/>
        <source>In order to avoid nullifying the protection afforded by Monero&apos;s ring signatures, an output should not be spent with different rings on different blockchains. While this is normally not a concern, it can become one when a key-reusing Monero clone allows you to spend existing outputs. In this case, you need to ensure this existing outputs uses the same ring on both chains.&lt;br&gt;This will be done automatically by Monero and any key-reusing software which is not trying to actively strip you of your privacy.&lt;br&gt;If you are using a key-reusing Monero clone too, and this clone does not include this protection, you can still ensure your transactions are protected by spending on the clone first, then manually adding the ring on this page, which allows you to then spend your Monero safely.&lt;br&gt;If you do not use a key-reusing Monero clone without these safety features, then you do not need to do anything as it is all automated.&lt;br&gt;</source>
        <translation>为避免 Monero 环签名所提供的保护被破坏，某个输出不应在别的链上与别的成员结成一个新环而被再次花费掉（这样会导致产生相同的 key image）。尽管这看上去不是什么问题，但当一个重用密钥的 Monero 拷贝可以让你重新消费已被消费的输出时，这是个大问题。这里，你必须保证这个已存在的输出在两条链上使用了相同的环。&lt;br&gt;Monero 和其他一些无意伤害你的隐私的重用 Monero 私钥的软件会自动处理这些。&lt;br&gt;如果你也在使用一个重用私钥的 Monero 拷贝，而且这个拷贝没有包含这样的保护，你的交易仍然可以在那个拷贝上得到保护，但你需要手动将环输入到此页中，以便你能在后续安全地花费你的 Monero。&lt;br&gt;如果你没有使用一个不附带此安全特性的重用私钥的 Monero 拷贝的话，那么你什么都不用做，一切都是自动的。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="266"/>
        <source>This records rings used by outputs spent on Monero on a key reusing chain, so that the same ring may be reused to avoid privacy issues.</source>
        <translation>这个环签名已在密钥重用的Monero链上使用过, 因此重复使用同一个环签名可以避免隐私问题. </translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="277"/>
        <source>Key image</source>
        <translation>签名镜像</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="279"/>
        <source>Paste key image</source>
        <translation>粘贴签名镜像</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="296"/>
        <source>Get ring</source>
        <translation>获取环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="308"/>
        <source>Get Ring</source>
        <translation>获取环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="314"/>
        <source>No ring found</source>
        <translation>未发现环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="332"/>
        <source>Set ring</source>
        <translation>设置环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="344"/>
        <source>Set Ring</source>
        <translation>设置环签名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="363"/>
        <source>I intend to spend on key-reusing fork(s)</source>
        <translation>我想要在重复使用密钥的分叉上支付.</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="375"/>
        <source>I might want to spend on key-reusing fork(s)</source>
        <translation>我可能想要在重复使用密钥的分叉上支付.</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="387"/>
        <source>Relative</source>
        <translation>相关的</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="405"/>
        <source>Set segregation height:</source>
        <translation>设置隔离区块高度：</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../pages/Sign.qml" line="62"/>
        <source>Good signature</source>
        <translation>正确的签名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="63"/>
        <source>This is a good signature</source>
        <translation>这份签名正确</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="67"/>
        <source>Bad signature</source>
        <translation>签名不正确</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="68"/>
        <source>This signature did not verify</source>
        <translation>这份签名无法通过验证</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="105"/>
        <source>This page lets you sign/verify a message (or file contents) with your address.</source>
        <translation>本页面中可以使用您的地址来签名/验证信息(或文件内容)</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="135"/>
        <location filename="../pages/Sign.qml" line="183"/>
        <location filename="../pages/Sign.qml" line="297"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="101"/>
        <source>Sign/verify</source>
        <translation>签名/验证</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="170"/>
        <source>Sign file</source>
        <translation>签名文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="170"/>
        <source>Sign message</source>
        <translation>签名消息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="185"/>
        <source>Enter a message to sign</source>
        <translation>输入一段签名信息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="202"/>
        <location filename="../pages/Sign.qml" line="315"/>
        <source>Enter path to file</source>
        <translation>文件输入路径</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="214"/>
        <location filename="../pages/Sign.qml" line="326"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="230"/>
        <source>Click [Sign Message] to generate signature</source>
        <translation>点击【签名消息】生成签名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="230"/>
        <source>Click [Sign File] to generate signature</source>
        <translation>点击【签名文件】生成签名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="244"/>
        <location filename="../pages/Sign.qml" line="364"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="257"/>
        <source>Sign Message</source>
        <translation>签名消息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="271"/>
        <source>Sign File</source>
        <translation>签名文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="289"/>
        <source>Verify message</source>
        <translation>验证信息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="289"/>
        <source>Verify file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="299"/>
        <source>Enter the message to verify</source>
        <translation>输入消息验证</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="338"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="341"/>
        <source>Enter the Monero Address (example: 44AFFq5kSiGBoZ...)</source>
        <translation>输入Monero地址 (例如: 44AFFq5kSiGBoZ...)</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="351"/>
        <source>Enter the signature to verify</source>
        <translation>输入签名验证</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="379"/>
        <source>Verify File</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="391"/>
        <source>Verify Message</source>
        <translation>验证消息</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="403"/>
        <source>Please choose a file to sign</source>
        <translation>请选择一个要签名的文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="414"/>
        <source>Please choose a file to verify</source>
        <translation>请选择一个要验证的文件</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="228"/>
        <location filename="../pages/Sign.qml" line="349"/>
        <source>Signature</source>
        <translation>签名结果</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <location filename="../components/StandardDialog.qml" line="152"/>
        <source>Double tap to copy</source>
        <translation>双击复制</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="159"/>
        <source>Content copied to clipboard</source>
        <translation>内容已复制到粘贴板</translation>
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
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>StandardDropdown</name>
    <message>
        <location filename="../components/StandardDropdown.qml" line="173"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="174"/>
        <source>Slow (x0.2 fee)</source>
        <translation>慢 (0.2倍手续费) </translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="175"/>
        <source>Normal (x1 fee)</source>
        <translation>正常 (1倍手续费)</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="176"/>
        <source>Fast (x5 fee)</source>
        <translation>快 (5倍手续费)</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="177"/>
        <source>Fastest (x200 fee)</source>
        <translation>最快 (200倍手续费)</translation>
    </message>
</context>
<context>
    <name>SuccessfulTxDialog</name>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="89"/>
        <source>Transaction file successfully saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="91"/>
        <source>Transaction successfully sent!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="119"/>
        <source>Transaction ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="130"/>
        <source>Transaction file location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="146"/>
        <source>View progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="160"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="170"/>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../components/TitleBar.qml" line="118"/>
        <source>Lock this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="159"/>
        <source>Close this wallet and return to main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="199"/>
        <source>Change language</source>
        <translation type="unfinished">切换语言</translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="238"/>
        <source>Switch to light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TitleBar.qml" line="238"/>
        <source>Switch to dark theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../pages/Transfer.qml" line="88"/>
        <source>OpenAlias error</source>
        <translation>OpenAlias 错误</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="705"/>
        <source>Transaction priority</source>
        <translation>交易优先级</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="689"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="692"/>
        <source>Fast (x5 fee)</source>
        <translation>快 (5倍手续费)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="415"/>
        <source>Resolve</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="71"/>
        <source>Address is invalid.</source>
        <translation>地址无效。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="76"/>
        <source>Enter an amount.</source>
        <translation>输入金额</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="169"/>
        <source>Spendable funds: %1 XMR. Please wait ~%2 minutes for your whole balance to become spendable.</source>
        <translation>可用资金：%1 。请等待约%2分钟使你所有的余额可用。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="690"/>
        <source>Slow (x0.2 fee)</source>
        <translation>慢 (0.2倍手续费)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="691"/>
        <source>Normal (x1 fee)</source>
        <translation>正常 (1倍手续费)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="693"/>
        <source>Fastest (x200 fee)</source>
        <translation>最快 (200倍手续费)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="431"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>在本 OpenAlias 地址未发现有效地址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="436"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>已找到地址, 但 DNSSEC 签名无法被验证, 此地址有受到欺骗攻击的风险</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="440"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>在本 OpenAlias 地址未发现有效地址, 且无法验证其 DNSSEC 签名, 此地址有受到欺骗攻击的风险</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="444"/>
        <location filename="../pages/Transfer.qml" line="448"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="452"/>
        <source>No address found</source>
        <translation>没有找到地址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="770"/>
        <source>Description field contents match long payment ID format.           Please don&apos;t paste long payment ID into description field, your funds might be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="788"/>
        <source>Add description</source>
        <translation>添加描述</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="829"/>
        <source>64 hexadecimal characters</source>
        <translation>64个十六进制字符</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="800"/>
        <source>Saved to local wallet history</source>
        <translation>保存至本机钱包纪录</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="82"/>
        <source>Start daemon</source>
        <translation>启动守护</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="333"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="271"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="817"/>
        <source>Add payment ID</source>
        <translation>添加支付ID</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="859"/>
        <source>Send</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1071"/>
        <source>Monero sent successfully</source>
        <translation>成功付款</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1199"/>
        <source>Waiting on daemon synchronization to finish.</source>
        <translation>等待进程同步完成。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="65"/>
        <source>Amount is more than unlocked balance.</source>
        <translation>总余额比未锁定余额要大。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="896"/>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1025"/>
        <location filename="../pages/Transfer.qml" line="1064"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1033"/>
        <source>
Confirmation message:
 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1070"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1014"/>
        <location filename="../pages/Transfer.qml" line="1058"/>
        <location filename="../pages/Transfer.qml" line="1104"/>
        <location filename="../pages/Transfer.qml" line="1141"/>
        <source>Please choose a file</source>
        <translation>请选择一个文件</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="59"/>
        <source>Wallet is view-only and sends are only possible by using offline transaction signing. Unless key images are imported, the balance reflects only incoming but not outgoing transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="842"/>
        <source>Long payment IDs are obsolete.           Long payment IDs were not encrypted on the blockchain and would harm your privacy.           If the party you&apos;re sending to still requires a long payment ID, please notify them.</source>
        <translation>长付款地址已过时。 长付款ID在区块链上未加密，会损害您的隐私。 如果您要发送给的参与者仍需要较长的付款ID，请通知他们。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="928"/>
        <source>Key images</source>
        <translation>key 文件</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="903"/>
        <location filename="../pages/Transfer.qml" line="929"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="909"/>
        <location filename="../pages/Transfer.qml" line="935"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="946"/>
        <source>Required for view-only wallets to display the real balance</source>
        <translation>由只读性钱包显示真实余额</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="944"/>
        <source>* To import, you must connect to a local node or a trusted remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="950"/>
        <source>1. Using cold wallet, export the key images into a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="951"/>
        <source>2. Using view-only wallet, import the key images file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="958"/>
        <source>Offline transaction signing</source>
        <translation>线下交易签署</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="959"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="968"/>
        <source>Sign (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="974"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="985"/>
        <source>Spend XMR from a cold (offline) wallet</source>
        <translation>花费冷(线下)钱包里的门罗币</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="983"/>
        <source>* To create a transaction file, please enter address and amount above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="279"/>
        <source>Grab QR code from screen</source>
        <translation type="unfinished">从屏幕中获取二维码</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="301"/>
        <source>Scan QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="311"/>
        <source>Import from address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="342"/>
        <source>Send all unlocked balance of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="519"/>
        <source>Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="576"/>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="589"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="756"/>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="800"/>
        <source>only visible to you</source>
        <translation type="unfinished"></translation>
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
        <location filename="../pages/Transfer.qml" line="920"/>
        <location filename="../pages/Transfer.qml" line="989"/>
        <source>1. Using view-only wallet, export the outputs into a file</source>
        <translation>1.使用只读钱包，把结果导出到文件夹</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="921"/>
        <source>2. Using cold wallet, import the outputs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="990"/>
        <source>2. Using cold wallet, import the outputs file and export the key images</source>
        <translation>2.使用冷钱包，导入输出文件导出密匙镜像</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="991"/>
        <source>3. Using view-only wallet, import the key images file and create a transaction file</source>
        <translation>3.使用只读钱包，导入密匙镜像创建交易文件</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="993"/>
        <source>4. Using cold wallet, sign your transaction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="994"/>
        <source>5. Using view-only wallet, submit your signed transaction</source>
        <translation>5.使用只读钱包，递交已签字的交易</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1000"/>
        <source>Unmixable outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1001"/>
        <source>Sweep</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1007"/>
        <source>Create a transaction that spends old unmovable outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1026"/>
        <source>Can&apos;t load unsigned transaction: </source>
        <translation>无法加载未签名的交易: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1037"/>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1065"/>
        <source>Can&apos;t submit transaction: </source>
        <translation>无法提交交易: </translation>
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
        <translation>钱包没有与后台进程建立连接. </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1188"/>
        <source>Wallet is connecting to daemon.</source>
        <translation>钱包正在连接到后台进程</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="1194"/>
        <source>Connected daemon is not compatible with GUI. 
Please upgrade or connect to another daemon</source>
        <translation>已连接的后台进程与此GUI钱包不兼容。 
请升级或连接至另一个后台进程</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="91"/>
        <source></source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TxConfirmationDialog</name>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="167"/>
        <source>Create transaction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="169"/>
        <source>Sweep unmixable outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="171"/>
        <source>Confirm send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="206"/>
        <source>All unlocked balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="232"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="252"/>
        <source>My wallet</source>
        <translation type="unfinished">我的钱包</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="259"/>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="273"/>
        <source>To</source>
        <translation type="unfinished">发往</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="311"/>
        <source>Monero address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="332"/>
        <source>Fee</source>
        <translation type="unfinished">手续费</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="348"/>
        <source>See on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="350"/>
        <source>Calculating fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="416"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="429"/>
        <source>Confirm</source>
        <translation type="unfinished">确认</translation>
    </message>
</context>
<context>
    <name>TxKey</name>
    <message>
        <location filename="../pages/TxKey.qml" line="252"/>
        <source>If a payment had several transactions then each must be checked and the results combined.</source>
        <translation>如果该付款包含多笔交易, 则每笔交易都会被校验并且结果将会合并.</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="93"/>
        <location filename="../pages/TxKey.qml" line="198"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="63"/>
        <source>Prove Transaction</source>
        <translation>证明交易</translation>
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
        <translation>为你的收入或支付生成一个证明, 该证明由交易ID, 收款地址和一个可选的附带信息组成. 
如果是支付, 你可以得到一个&apos;支付证明&apos;,它将证明你是这笔交易的发起者. 这种情形下, 你不需要提供这笔交易的收款地址.</translation>
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
        <translation>接受方的钱包地址</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="106"/>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
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
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="140"/>
        <location filename="../pages/TxKey.qml" line="213"/>
        <source>Optional message against which the signature is signed</source>
        <translation>所用签名的可选信息</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="148"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="169"/>
        <source>Check Transaction</source>
        <translation>检验交易</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="173"/>
        <source>Verify that funds were paid to an address by supplying the transaction ID, the recipient address, the message used for signing and the signature.
For the case with Spend Proof, you don&apos;t need to specify the recipient address.</source>
        <translation>验证一笔钱是否被支付到了某个地址, 需要提供交易ID,收款地址,被签名过的信息和签名本身.
如果是证明支付,你不需要提供收款地址.</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="174"/>
        <source>Transaction is not needed for reserve proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="223"/>
        <source>Signature</source>
        <translation>签名结果</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="225"/>
        <source>Paste tx proof</source>
        <translation>粘贴交易证明</translation>
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
        <translation>粘帖交易ID (tx ID)</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="225"/>
        <source>reserve proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="233"/>
        <source>Check</source>
        <translation>检验</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../components/UpdateDialog.qml" line="77"/>
        <source>New Monero version v%1 is available.</source>
        <translation>门罗币新版本 v%1 可下载</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="98"/>
        <source>Please visit getmonero.org for details</source>
        <translation>请访问getmonero.org了解详情</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="102"/>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="107"/>
        <source>Update downloaded, signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="109"/>
        <source>Do you want to download and verify new version?</source>
        <translation type="unfinished"></translation>
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
        <translation>稍后下载</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="164"/>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="170"/>
        <source>Failed to start download</source>
        <translation>无法开始下载</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="181"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="191"/>
        <source>Save operation failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="194"/>
        <source>Save to file</source>
        <translation>保存到文件</translation>
    </message>
</context>
<context>
    <name>Utils</name>
    <message>
        <location filename="../js/Utils.js" line="42"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="59"/>
        <source>%n second(s) ago</source>
        <comment>0</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="61"/>
        <source>%n minute(s) ago</source>
        <comment>0</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="63"/>
        <source>%n hour(s) ago</source>
        <comment>0</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="65"/>
        <source>%n day(s) ago</source>
        <comment>0</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Testnet</source>
        <translation>测试网</translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Stagenet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Mainnet</source>
        <translation>主网</translation>
    </message>
</context>
<context>
    <name>WizardAskPassword</name>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="43"/>
        <source>Strength: </source>
        <translation>强度：</translation>
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
        <translation>为您的钱包设置一个密码</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>This password cannot be recovered. If you forget it then the wallet will have to be restored from your %1.</source>
        <translation>密码无法恢复。如果您忘记密码，钱包将从你的 %1 开始恢复。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>25 word mnemonic seed</source>
        <translation>25 字助记种子码</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>hardware wallet</source>
        <translation>硬体钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="94"/>
        <source>Enter a strong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="94"/>
        <source>Using letters, numbers, and/or symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="106"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="171"/>
        <source>Password (confirm)</source>
        <translation>密码（确认）</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="200"/>
        <source>Passwords match!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="200"/>
        <source>Passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <location filename="../wizard/WizardController.qml" line="305"/>
        <source>Please choose a file</source>
        <translation>请选择一个文件</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="351"/>
        <source>Failed to store the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="434"/>
        <source>Please proceed to the device...</source>
        <translation>请继续在硬件钱包上处理…</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="438"/>
        <source>Creating wallet from device...</source>
        <translation>从硬件钱包创建…</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="439"/>
        <source>

Please check your hardware wallet –
your input may be required.</source>
        <translation>

请查看您的硬件钱包—
它可能需要您的操作</translation>
    </message>
</context>
<context>
    <name>WizardCreateDevice1</name>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="53"/>
        <source>Choose your hardware wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="79"/>
        <source>Create a new wallet</source>
        <translation>创建一个新的钱包</translation>
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
        <translation>使用硬件设备.</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="107"/>
        <source>Hardware wallet model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="121"/>
        <source>Create a new wallet from device.</source>
        <translation>通过硬件设备创建一个新钱包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="134"/>
        <source>Restore a wallet from device. Use this if you used your hardware wallet before.</source>
        <translation>通过硬件设备还原钱包。如果你之前使用的是硬件钱包，使用该选项。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="195"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>钱包创建日期格式为“年-月-日”或还原的区块高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="198"/>
        <source>Restore height</source>
        <translation>恢复特定区块高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="209"/>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="216"/>
        <source>Subaddress lookahead (optional)</source>
        <translation>子地址预取（可选）</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="226"/>
        <location filename="../wizard/WizardCreateDevice1.qml" line="287"/>
        <source>Error writing wallet from hardware device. Check application logs.</source>
        <translation>从硬件设备写入钱包错误。请检查相关应用日志。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="243"/>
        <source>Back to menu</source>
        <translation>返回菜单</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="244"/>
        <source>Create wallet</source>
        <translation>创建钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="244"/>
        <source>Restore wallet</source>
        <translation type="unfinished">恢复钱包</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet1</name>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="65"/>
        <source>Create a new wallet</source>
        <translation>创建一个新的钱包</translation>
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
        <translation>在此电脑上创建一个新钱包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="97"/>
        <source>Mnemonic seed</source>
        <translation>私钥助记种子(seed)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="135"/>
        <source>This seed is &lt;b&gt;very&lt;/b&gt; important to write down and keep secret. It is all you need to backup and restore your wallet.</source>
        <translation>助记种子(seed)&lt;b&gt;非常重要&lt;/b&gt;必须抄写下来并妥善保管, 它包含了恢复钱包时所需要的所有信息.</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="157"/>
        <source>Wallet restore height</source>
        <translation>钱包恢复高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="192"/>
        <source>Should you restore your wallet in the future, specifying this block number will recover your wallet quicker.</source>
        <translation>若您之后需要恢复钱包，指定该区块高度将加快恢复进程。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="200"/>
        <source>Back to menu</source>
        <translation>返回菜单</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet3</name>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="59"/>
        <source>Daemon settings</source>
        <translation>进程设置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="60"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.</source>
        <translation>为了能够与Monero网络通信，您的钱包需要连接到一个Monero节点。为了最好的隐私，建议运行您自己的节点。</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet4</name>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="61"/>
        <source>You&apos;re all set up!</source>
        <translation>已全部设置完毕！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="62"/>
        <source>New wallet details:</source>
        <translation>新钱包详细信息:</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="70"/>
        <source>Create wallet</source>
        <translation>创建钱包</translation>
    </message>
</context>
<context>
    <name>WizardDaemonSettings</name>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="55"/>
        <source>Start a node automatically in background (recommended)</source>
        <translation>自动在后台启动一个节点(推荐)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="79"/>
        <source>Blockchain location (optional)</source>
        <translation>区块位置（可选）</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="82"/>
        <source>Reset</source>
        <translation type="unfinished">重置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="88"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="95"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="115"/>
        <source>Prune blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="132"/>
        <source>Bootstrap node</source>
        <translation>引导节点</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="152"/>
        <source>Additionally, you may specify a bootstrap node to use Monero immediately.</source>
        <translation>除此之外，你还可以指定一个引导节点来快速的使用Monero。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="192"/>
        <source>Connect to a remote node</source>
        <translation>连接到远程节点</translation>
    </message>
</context>
<context>
    <name>WizardHome</name>
    <message>
        <location filename="../wizard/WizardHome.qml" line="66"/>
        <source>Welcome to Monero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="78"/>
        <source>Create a new wallet</source>
        <translation>创建一个新的钱包</translation>
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
        <translation>如果这是您第一次使用Monero，请选择此选项。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="104"/>
        <source>Create a new wallet from hardware</source>
        <translation>从硬件引入创建一个新钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="108"/>
        <source>Connect your hardware wallet to create a new Monero wallet.</source>
        <translation>连接您的硬件钱包，以创建一个新Monero钱包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="127"/>
        <source>Open a wallet from file</source>
        <translation>以文件打开钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="128"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>导入已有的.keys钱包文件，从您的计算机中 。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="147"/>
        <source>Restore wallet from keys or mnemonic seed</source>
        <translation>从密钥或助记种子(seed)恢复钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="148"/>
        <source>Enter your private keys or 25-word mnemonic seed to restore your wallet.</source>
        <translation>请输入私钥或25个种子记忆词，来恢复你的钱包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="164"/>
        <source>Change wallet mode</source>
        <translation>切换钱包模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="179"/>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="202"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="224"/>
        <source>Number of KDF rounds:</source>
        <translation>KDF回合数：</translation>
    </message>
</context>
<context>
    <name>WizardLanguage</name>
    <message>
        <location filename="../wizard/WizardLanguage.qml" line="160"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>WizardModeBootstrap</name>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="61"/>
        <source>About the bootstrap mode</source>
        <translation>关于引导模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="72"/>
        <source>This mode will use a remote node whilst also syncing the blockchain. This is different from the first menu option (Simple mode), since it will only use the remote node until the blockchain is fully synced locally. It is a reasonable tradeoff for most people who care about privacy but also want the convenience of an automatic fallback option.</source>
        <translation>该模式使用远程节点，并同步区块链。但它不同于第一个菜单选项（简化模式），该模式只有在本地区块完整同步后，才能使用远程节点。对于关心隐私又需要可靠的便利性的大多数用户而言，该模式是个不错的权衡选择。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="84"/>
        <source>Temporary use of remote nodes is useful in order to use Monero immediately (hence the name bootstrap), however be aware that when using remote nodes (including with the bootstrap setting), nodes could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>远程模式可以让您立即使用门罗钱包，但需要注意：当使用远程模式 (包括引导模式)，节点可能会追踪您的IP地址，“钱包恢复高度”，以及相关的区块请求信息，且可以通过向您发送不正确的信息以获取更多关于您的交易信息。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="97"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>清楚的认识这些局限。&lt;b&gt;隐私和分散放在第一位的用户必须使用完整节点来代替&lt;/ b&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="104"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>我理解使用第三方服务器对隐私的影响。</translation>
    </message>
</context>
<context>
    <name>WizardModeRemoteNodeWarning</name>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="61"/>
        <source>About the simple mode</source>
        <translation>关于简易模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="72"/>
        <source>This mode is ideal for managing small amounts of Monero. You have access to basic features for making and managing transactions. It will automatically connect to the Monero network so you can start using Monero immediately.</source>
        <translation>该模式非常适合管理少量的Monero。您可以访问用于创建和管理交易的基本功能。它会自动连接到Monero网络，所以您可以立即开始使用Monero。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="85"/>
        <source>Remote nodes are useful if you are not able/don&apos;t want to download the whole blockchain, but be advised that malicious remote nodes could compromise some privacy. They could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>如果你不想或不愿意下载整个区块链，远程节点可以派上用场，但请知悉，恶意远程节点可能破坏你的一些隐私。它们可能追踪你的IP地址、追踪你的“区块高度”和相关区块请求数据，或发送给你错误信息，从而获取你的更多交易细节。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="100"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>请理解这些模式设定的利弊。 &lt;b&gt;高度重视隐私和去中心化的用户，必须使用自己的完整节点取而代之。&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="107"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>我理解使用第三方服务器对隐私的影响。</translation>
    </message>
</context>
<context>
    <name>WizardModeSelection</name>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="48"/>
        <source>Failed to configure portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="75"/>
        <source>Mode selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="76"/>
        <source>Please select the statement that best matches you.</source>
        <translation>请选择与你最相符的状态描述。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="82"/>
        <location filename="../wizard/WizardModeSelection.qml" line="115"/>
        <source>Simple mode</source>
        <translation>简易模式</translation>
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
        <translation>便捷的付款,收款和基本功能。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="90"/>
        <location filename="../wizard/WizardModeSelection.qml" line="123"/>
        <source>Available on mainnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="121"/>
        <source>Easy access to sending, receiving and basic functionality. The blockchain is downloaded to your computer.</source>
        <translation>轻松简单地支付、收款、和一些基础功能。区块会被下载到你的电脑中。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="147"/>
        <source>Advanced mode</source>
        <translation>高级模式</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="148"/>
        <source>Includes extra features like mining and message verification. The blockchain is downloaded to your computer.</source>
        <translation>包含一些额外功能，例如挖矿和消息验证。区块被下载到你的电脑中。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="159"/>
        <source>Optional features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="160"/>
        <source>Select enhanced functionality you would like to enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="165"/>
        <source>Portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="166"/>
        <source>Create portable wallets and use them on any PC. Enable if you installed Monero on a USB stick, an external drive, or any other portable storage medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="175"/>
        <source>Back to menu</source>
        <translation>返回菜单</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardOpenWallet1</name>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="75"/>
        <source>Open a wallet from file</source>
        <translation>从文件打开钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="76"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>从你电脑中导入已存在的 .keys钱包文件。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="94"/>
        <source>Recently opened</source>
        <translation>最近已打开过的</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="166"/>
        <source>Mainnet</source>
        <translation>主网</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="167"/>
        <source>Testnet</source>
        <translation>测试网</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="168"/>
        <source>Stagenet</source>
        <translation>高仿测试网</translation>
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
        <translation>浏览文件系统</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="332"/>
        <source>Back to menu</source>
        <translation>返回菜单</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet1</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="105"/>
        <source>Restore wallet</source>
        <translation>恢复钱包</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="106"/>
        <source>Restore wallet from keys or mnemonic seed.</source>
        <translation>使用私钥或记忆词还原钱包。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="120"/>
        <source>Restore from seed</source>
        <translation>从助记种子(seed)恢复</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="133"/>
        <source>Restore from keys</source>
        <translation>从密钥恢复</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="146"/>
        <source>Restore from QR Code</source>
        <translation>使用QR恢复</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="211"/>
        <source>Enter your 25 word mnemonic seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="220"/>
        <source>Seed offset passphrase (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="228"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="238"/>
        <source>Account address (public)</source>
        <translation>帐户地址 (公开)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="250"/>
        <source>View key (private)</source>
        <translation>View密钥 (私有)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Spend key (private)</source>
        <translation>Spend密钥 (私有)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Leave blank to create a view-only wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="273"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>钱包创建日期格式为“年-月-日”或还原的区块高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="276"/>
        <source>Restore height</source>
        <translation>恢复特定区块高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="297"/>
        <source>Back to menu</source>
        <translation>返回菜单</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet3</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="62"/>
        <source>Daemon settings</source>
        <translation>进程设置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="63"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.

If you don&apos;t have the option to run your own node, there&apos;s an option to connect to a remote node.</source>
        <translation>你的钱包需要与门罗币节点连接后，才能和门罗币网络发生通讯。处于最佳隐私考虑，推荐你使用自己运行的节点。

如果你没有亲自运行节点的选项，也可以与一个远程节点相连。</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet4</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="61"/>
        <source>You&apos;re all set up!</source>
        <translation>你已准备就绪!</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="62"/>
        <source>New wallet details:</source>
        <translation>新钱包详细信息:</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="70"/>
        <source>Create wallet</source>
        <translation type="unfinished">创建钱包</translation>
    </message>
</context>
<context>
    <name>WizardSummary</name>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="44"/>
        <source>Wallet name</source>
        <translation>钱包名称</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="50"/>
        <source>Wallet path</source>
        <translation>钱包位置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="56"/>
        <source>Mnemonic seed language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="62"/>
        <source>Restore height</source>
        <translation>恢复特定区块高度</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="70"/>
        <source>Daemon address</source>
        <translation>后台进程(daemon)位置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="77"/>
        <source>Bootstrap address</source>
        <translation>引导节点地址</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="83"/>
        <source>Network Type</source>
        <translation>网络类型</translation>
    </message>
</context>
<context>
    <name>WizardWalletInput</name>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="70"/>
        <source>Wallet name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="74"/>
        <source>Wallet name is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="80"/>
        <source>Wallet already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="88"/>
        <source>Wallet name</source>
        <translation>钱包名称</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="106"/>
        <source>Wallet location is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="113"/>
        <source>Wallet location</source>
        <translation>钱包位置</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="131"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="145"/>
        <source>Please choose a directory</source>
        <translation>请选择一个目录</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.qml" line="953"/>
        <location filename="../main.qml" line="1075"/>
        <location filename="../main.qml" line="1690"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../main.qml" line="540"/>
        <source>Couldn&apos;t open wallet: </source>
        <translation>无法打开这个钱包:</translation>
    </message>
    <message>
        <location filename="../main.qml" line="714"/>
        <source>Waiting for daemon to stop...</source>
        <translation>等待后台进程停止中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="748"/>
        <source>Daemon failed to start</source>
        <translation>后台进程启动失败</translation>
    </message>
    <message>
        <location filename="../main.qml" line="749"/>
        <source>Please check your wallet and daemon log for errors. You can also try to start %1 manually.</source>
        <translation>请查看您的钱包与后台进程日志获得错误信息, 您亦可尝试手动重新启动 %1 .</translation>
    </message>
    <message>
        <location filename="../main.qml" line="817"/>
        <source>Can&apos;t create transaction: Wrong daemon version: </source>
        <translation>无法创建此项交易: 后台进程版本错误:</translation>
    </message>
    <message>
        <location filename="../main.qml" line="819"/>
        <location filename="../main.qml" line="911"/>
        <source>Can&apos;t create transaction: </source>
        <translation>无法创建此项交易:</translation>
    </message>
    <message>
        <location filename="../main.qml" line="826"/>
        <location filename="../main.qml" line="917"/>
        <source>No unmixable outputs to sweep</source>
        <translation>没有无法混淆的输出需要去除</translation>
    </message>
    <message>
        <location filename="../main.qml" line="661"/>
        <source>Waiting for daemon to sync</source>
        <translation>等待后台进程同步</translation>
    </message>
    <message>
        <location filename="../main.qml" line="309"/>
        <source>Closing wallet...</source>
        <translation>关闭钱包中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="494"/>
        <source>Please confirm transaction on the device...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="496"/>
        <location filename="../main.qml" line="501"/>
        <source>Please proceed to the device...</source>
        <translation>请继续在硬件钱包上处理…</translation>
    </message>
    <message>
        <location filename="../main.qml" line="508"/>
        <source>Signing transaction in the device...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="519"/>
        <source>Opening wallet ...</source>
        <translation>正打开钱包 …</translation>
    </message>
    <message>
        <location filename="../main.qml" line="535"/>
        <source>Repairing incompatible wallet cache. Resyncing wallet.</source>
        <translation>正在处理不匹配的钱包缓存，重新同步钱包。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="663"/>
        <source>Daemon is synchronized (%1)</source>
        <translation>后台进程已同步 (%1)</translation>
    </message>
    <message>
        <location filename="../main.qml" line="665"/>
        <source>Wallet is synchronized</source>
        <translation>钱包已同步</translation>
    </message>
    <message>
        <location filename="../main.qml" line="765"/>
        <source>Daemon is synchronized</source>
        <translation>后台进程已同步</translation>
    </message>
    <message>
        <location filename="../main.qml" line="866"/>
        <source>Creating transaction...</source>
        <translation>创建交易中...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="945"/>
        <source>Sending transaction ...</source>
        <translation>正在发送交易…</translation>
    </message>
    <message>
        <location filename="../main.qml" line="973"/>
        <source>Failed to store the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1011"/>
        <source>Couldn&apos;t generate a proof because of the following reason: 
</source>
        <translation>不能生成证明, 原因如下: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1045"/>
        <location filename="../main.qml" line="1064"/>
        <source>Payment proof check</source>
        <translation>检验付款证明</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1048"/>
        <location filename="../main.qml" line="1066"/>
        <location filename="../main.qml" line="1072"/>
        <source>Bad signature</source>
        <translation>签名不正确</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1055"/>
        <source>This address received %1 monero, with %2 confirmation(s).</source>
        <translation>这个地址接收了 %1 个Monero, 并通过 %2 次的确认. </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1066"/>
        <source>Good signature</source>
        <translation>正确的签名</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1345"/>
        <source>Would you like to register Monero GUI Desktop entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1347"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1348"/>
        <source>Yes</source>
        <translation type="unfinished">好的</translation>
    </message>
    <message>
        <location filename="../main.qml" line="141"/>
        <location filename="../main.qml" line="1573"/>
        <location filename="../main.qml" line="2243"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1583"/>
        <source>Save transaction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1583"/>
        <source>Send transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1640"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1643"/>
        <source>Error: Filesystem is read only</source>
        <translation>错误: 文件系统是只读的</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1645"/>
        <source>Warning: There&apos;s only %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>警告: 目前设备上只有 %1 GB的剩余存储空间可用, 区块链数据需大约 %2 GB的空间.</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1647"/>
        <source>Note: There&apos;s %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>注意: 目前设备上只有 %1 GB的剩余存储空间可用, 区块链数据需大约 %2 GB的空间.</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1649"/>
        <source>Note: lmdb folder not found. A new folder will be created.</source>
        <translation>注意: 找不到lmdb文件. 将创建一个新的文件.</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1687"/>
        <source>Password changed successfully</source>
        <translation>密码已成功修改</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1691"/>
        <source>Error: </source>
        <translation>错误: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1782"/>
        <source>Primary account</source>
        <translation>主账户</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1974"/>
        <source>Autosaved the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1976"/>
        <source>Failed to autosave the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="2092"/>
        <source>Local node is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="2093"/>
        <source>Do you want to stop local node or keep it running in the background?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="2095"/>
        <source>Force stop</source>
        <translation>强制停止</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2096"/>
        <source>Keep it running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2116"/>
        <source>Tap again to close...</source>
        <translation>再次点击将关闭</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2131"/>
        <source>Checking local node status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="836"/>
        <source>Save as file</source>
        <translation>存储为文件</translation>
    </message>
    <message>
        <location filename="../main.qml" line="836"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../main.qml" line="954"/>
        <source>Couldn&apos;t send the money: </source>
        <translation>无法付款: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1686"/>
        <source>Information</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1052"/>
        <source>This address received %1 monero, but the transaction is not yet mined</source>
        <translation>这个地址将收到 %1 个monero币, 但这笔交易尚未被矿工确认</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1059"/>
        <source>This address received nothing</source>
        <translation>这个地址没有收到款项</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1742"/>
        <source>Please wait...</source>
        <translation>请稍候...</translation>
    </message>
</context>
</TS>
