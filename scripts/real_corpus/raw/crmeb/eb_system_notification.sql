--
-- 表的结构 `eb_system_notification`
--

CREATE TABLE IF NOT EXISTS `eb_system_notification` (
  `id` int(10) NOT NULL AUTO_INCREMENT COMMENT '自增ID',
  `mark` varchar(50) NOT NULL DEFAULT '' COMMENT '标识',
  `name` varchar(50) NOT NULL DEFAULT '' COMMENT '通知类型',
  `title` varchar(100) NOT NULL DEFAULT '' COMMENT '通知场景说明',
  `is_system` tinyint(1) NOT NULL DEFAULT '0' COMMENT '站内信（0：不存在，1：开启，2：关闭）',
  `system_title` varchar(256) NOT NULL DEFAULT '' COMMENT '站内信标题',
  `system_text` varchar(512) NOT NULL DEFAULT '' COMMENT '系统消息id',
  `is_wechat` tinyint(1) NOT NULL DEFAULT '0' COMMENT '公众号模板消息（0：不存在，1：开启，2：关闭）',
  `wechat_tempkey` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息tempkey',
  `wechat_content` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息内容',
  `wechat_kid` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息kid',
  `wechat_tempid` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息tempid',
  `wechat_data` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息参数',
  `wechat_link` varchar(255) NOT NULL DEFAULT '' COMMENT '模版消息链接',
  `wechat_to_routine` int(1) NOT NULL DEFAULT '0' COMMENT '模版消息跳转小程序',
  `is_routine` tinyint(1) NOT NULL DEFAULT '0' COMMENT '小程序订阅消息（0：不存在，1：开启，2：关闭）',
  `routine_tempkey` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息id',
  `routine_content` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息内容',
  `routine_kid` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息kid',
  `routine_tempid` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息tempid',
  `routine_data` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息参数',
  `routine_link` varchar(255) NOT NULL DEFAULT '' COMMENT '订阅消息链接',
  `is_sms` tinyint(1) NOT NULL DEFAULT '0' COMMENT '发送短信（0：不存在，1：开启，2：关闭）',
  `sms_id` varchar(32) NOT NULL DEFAULT '' COMMENT '短信id',
  `sms_text` varchar(255) NOT NULL DEFAULT '' COMMENT '短信模版内容',
  `is_ent_wechat` tinyint(1) NOT NULL DEFAULT '0' COMMENT '企业微信群通知（0：不存在，1：开启，2：关闭）',
  `ent_wechat_text` varchar(512) NOT NULL DEFAULT '' COMMENT '企业微信消息',
  `url` varchar(512) NOT NULL DEFAULT '' COMMENT '群机器人链接',
  `is_app` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'APP推送（0：不存在，1：开启，2：关闭）',
  `app_id` int(11) NOT NULL DEFAULT '0' COMMENT 'app推送id',
  `variable` varchar(256) NOT NULL DEFAULT '' COMMENT '变量',
  `type` tinyint(1) NOT NULL DEFAULT '1' COMMENT '类型（1：用户，2：管理员）',
  `add_time` int(11) NOT NULL DEFAULT '0' COMMENT '添加时间',
  `custom_trigger` varchar(255) NOT NULL DEFAULT '' COMMENT '自定义消息触发位置',
  `custom_variable` varchar(1000) NOT NULL DEFAULT '' COMMENT '自定义消息变量',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8mb4 COMMENT='通知设置';

--
-- 转存表中的数据 `eb_system_notification`
--

INSERT INTO `eb_system_notification` (`id`, `mark`, `name`, `title`, `is_system`, `system_title`, `system_text`, `is_wechat`, `wechat_tempkey`, `wechat_content`, `wechat_kid`, `wechat_tempid`, `is_routine`, `routine_tempkey`, `routine_content`, `routine_kid`, `routine_tempid`, `is_sms`, `sms_id`, `sms_text`, `is_ent_wechat`, `ent_wechat_text`, `url`, `is_app`, `app_id`, `variable`, `type`, `add_time`) VALUES
(1, 'verify_code', '短信验证码', '短信验证码', 0, '短信验证码', '您的验证码是：{code}，有效期为{time}分钟。如非本人操作，可不予理会。', 0, '', '', '', '', 0, '', '', '', '', 1, '538393', '您的验证码是：{$code}，有效期为{$time}分钟。如非本人操作，可不予理会。', 0, '', '', 0, 0, '', 1, 0),
(3, 'order_pay_success', '支付成功提醒消息', '支付成功提醒消息', 1, '购买成功通知', '您购买的商品已支付成功，支付金额{pay_price}元，订单号{order_id},感谢您的光临！', 1, '43216', '订单号{{character_string2.DATA}}\n下单时间{{time4.DATA}}\n商品名称{{thing3.DATA}}\n支付金额{{amount5.DATA}}', '', '', 1, '1927', '付款单号{{character_string1.DATA}}\n付款金额{{amount2.DATA}}\n付款时间{{date3.DATA}}', '', '', 1, '520268', '您购买的商品已支付成功，支付金额{$pay_price}元，订单号{$order_id},感谢您的光临！', 0, '', '', 0, 0, '{order_id}订单号,{total_num}商品总数,{pay_price}支付金额', 1, 0),
(4, 'order_postage_success', '发货提醒消息', '发货提醒消息', 1, '发货通知', '亲爱的用户{nickname}您的商品{store_name}，订单号{order_id}已发货，请注意查收', 1, '42984', '订单编号{{character_string2.DATA}}\n发货时间{{time12.DATA}}\n商品名称{{thing4.DATA}}\n快递公司{{thing13.DATA}}\n快递单号{{character_string14.DATA}}', '', '', 1, '1458', '快递单号{{character_string2.DATA}}\n快递公司{{thing1.DATA}}\n发货时间{{time3.DATA}}\n订单商品{{thing5.DATA}}', '', '', 1, '520269', '亲爱的用户{$nickname}您的商品{$store_name}，订单号{$order_id}已发货，请注意查收', 0, '', '', 0, 0, '{nickname}用户昵称,{store_name}商品名称,{order_id}订单号,{delivery_name}快递名称,{delivery_id}快递单号,{user_address}收货地址', 1, 0),
(5, 'order_deliver_success', '送货提醒消息', '送货提醒消息', 1, '发货通知', '亲爱的用户{nickname}您的商品{store_name}，订单号{order_id}已发货，请注意查收', 1, '50079', '订单号{{character_string1.DATA}}\n配送时间{{time8.DATA}}\n商品名称{{thing5.DATA}}\n配送员{{thing9.DATA}}\n配送员电话{{phone_number10.DATA}}', '', '', 1, '1128', '商品信息{{thing8.DATA}}\r\n订单编号{{character_string1.DATA}}\r\n配送人{{name4.DATA}}\r\n配送员电话{{phone_number10.DATA}}', '', '', 1, '520269', '亲爱的用户{$nickname}您的商品{$store_name}，订单号{$order_id}已发货，请注意查收', 0, '', '', 0, 0, '{nickname}用户昵称,{store_name}商品名称,{order_id}订单号,{delivery_name}配送员姓名,{delivery_id}配送员电话,{user_address}收货地址', 1, 0),
(6, 'order_take', '确认收货提醒消息', '确认收货提醒消息', 1, '确认收货通知', '亲，您的订单{order_id},商品{store_name}已确认收货,感谢您的光临！', 1, '42985', '订单编号{{character_string2.DATA}}\n签收时间{{character_string7.DATA}}\n商品名称{{thing4.DATA}}\n订单金额{{amount9.DATA}}', '', '', 1, '1481', '订单类型{{thing1.DATA}}\n订单商品{{thing2.DATA}}\n收货时间{{date5.DATA}}', '', '', 1, '520271', '亲，您的订单{$order_id},商品{$store_name}已确认收货,感谢您的光临！', 0, '', '', 0, 0, '{order_id}订单号,{store_name}商品名称', 1, 0),
(7, 'order_refund', '退款成功提醒消息', '退款成功提醒消息', 1, '退款成功通知', '您的订单{order_id}已同意退款,退款金额{refund_price}元。', 1, '46622', '订单编号{{character_string1.DATA}}\n退款时间{{time5.DATA}}\n商品名称{{thing2.DATA}}\n退款金额{{amount3.DATA}}', '', '', 1, '1451', '退款状态{{thing1.DATA}}\n退款商品{{thing2.DATA}}\n退款金额{{amount3.DATA}}\n退款单号{{character_string6.DATA}}', '', '', 1, '979010', '您的订单{$order_id}已同意退款,退款金额{$refund_price}元。', 0, '', '', 0, 0, '{order_id}订单号,{refund_price}退款金额,{pay_price}订单金额', 1, 0),
(8, 'send_order_refund_no_status', '退款失败提醒消息', '退款失败提醒消息', 1, '退款申请拒绝通知', '您好！您的订单{order_id}已拒绝退款。', 1, '46623', '订单编号{{character_string1.DATA}}\n商品名称{{thing2.DATA}}\n退款金额{{amount3.DATA}}\n驳回原因{{thing4.DATA}}', '', '', 1, '1451', '退款状态{{thing1.DATA}}\n退款商品{{thing2.DATA}}\n退款金额{{amount3.DATA}}\n退款单号{{character_string6.DATA}}', '', '', 0, '979001', '亲，您的订单{$order_id}退款申请已被拒绝，有疑问可咨询商城客服哈～', 0, '', '', 0, 0, '{order_id}订单号,{store_name}商品名称,{pay_price}订单金额', 1, 0),
(9, 'price_revision', '改价提醒消息', '改价提醒消息', 1, '改价通知', '您的订单{order_id}，实际支付金额已被修改为{pay_price}', 0, '', '', '', '', 0, '', '', '', '', 1, '528288', '您的订单{$order_id}，实际支付金额已被修改为{$pay_price}', 0, '', '', 0, 0, '{order_id}订单号,{pay_price}订单金额', 1, 0),
(10, 'order_pay_false', '未付款提醒消息', '未付款提醒消息', 1, '提醒付款通知', '您有未付款订单,订单号为:{order_id}，商品数量有限，请及时付款。', 0, '', '', '', '', 0, '', '', '', '', 1, '528116', '您有未付款订单,订单号为:{$order_id}，商品数量有限，请及时付款。', 0, '', '', 0, 0, '{order_id}订单号', 1, 0),
(18, 'open_pink_success', '开团成功提醒消息', '开团成功提醒消息', 1, '开团成功通知', '亲，您已成功参与拼团，活动名称{title}', 0, '', '', '', '', 1, '3353', '商品名称{{thing2.DATA}}\n拼团人数{{thing1.DATA}}\n备注{{thing3.DATA}}', '', '', 0, '979005', '亲，您已成功参与拼团，拼团名称{$title}。', 0, '', '', 0, 0, '{title}活动名称,{nickname}团长,{count}拼团人数,{pink_time}开团时间', 1, 0),
(19, 'can_pink_success', '参团成功提醒消息', '参团成功提醒消息', 1, '参团成功通知', '亲，您已成功参与拼团，活动名称{title}', 0, '', '', '', '', 1, '3353', '商品名称{{thing2.DATA}}\n拼团人数{{thing1.DATA}}\n备注{{thing3.DATA}}', '', '', 0, '978999', '亲，您已成功参与拼团，订单号是{$order_id}，商品名称{$title}。', 0, '', '', 0, 0, '{title}活动名称,{nickname}团长,{count}拼团人数,{pink_time}开团时间', 1, 0),
(20, 'order_user_groups_success', '拼团成功提醒消息', '拼团成功提醒消息', 1, '拼团成功通知', '亲，您的拼团已经完成了，拼团名称{title}，团长{nickname}', 0, '', '', '', '', 1, '3098', '活动名称{{thing1.DATA}}\n团长昵称{{thing12.DATA}}\n开团时间{{date5.DATA}}\n成团人数{{number2.DATA}}', '', '', 0, '979006', '亲，您已经成功拼团，拼团名称{$title}，团长{$nickname}，快去支付吧～', 0, '', '', 0, 0, '{title}活动名称,{nickname}团长,{count}拼团人数,{pink_time}开团时间', 1, 0),
(21, 'send_order_pink_fial', '拼团失败提醒消息', '拼团失败提醒消息', 1, '拼团失败通知', '亲，您的拼团失败，活动名称{title}', 0, '', '', '', '', 1, '3353', '商品名称{{thing2.DATA}}\n拼团人数{{thing1.DATA}}\n备注{{thing3.DATA}}', '', '', 0, '980197', '亲，您的拼团已经失败，拼团名称{$title}。', 0, '', '', 0, 0, '{title}活动名称{count}拼团人数', 1, 0),
(22, 'send_order_pink_clone', '取消拼团提醒消息', '取消拼团提醒消息', 1, '取消拼团通知', '亲，您的拼团取消，活动名称{title}', 0, '', '', '', '', 1, '3353', '商品名称{{thing2.DATA}}\n拼团人数{{thing1.DATA}}\n备注{{thing3.DATA}}', '', '', 0, '979000', '亲，您的拼团已取消，拼团名称{$title}。', 0, '', '', 0, 0, '{title}活动名称{count}拼团人数', 1, 0),
(24, 'admin_pay_success_code', '用户下单客服提醒消息', '用户下单客服提醒消息', 1, '您有新的订单待处理', '您有一笔支付成功的订单待处理，订单号{order_id}!', 1, '48089', '订单类型{{short_thing6.DATA}}\n订单编号{{character_string1.DATA}}\n订单时间{{time2.DATA}}', '', '', 0, '', '', '', '', 1, '520273', '{$admin_name}管理员,您有一笔支付成功的订单待处理，订单号{$order_id}!', 1, '您有个新订单请注意查收\\n订单号：{order_id}', '', 0, 0, '{admin_name}管理员,{order_id}订单号', 2, 0),
(26, 'send_admin_confirm_take_over', '用户收货客服提醒消息', '用户收货客服提醒消息', 1, '你有个新的用户收货待处理', '您有一笔订单已经确认收货，订单号{order_id}!', 1, '48089', '订单类型{{short_thing6.DATA}}\n订单编号{{character_string1.DATA}}\n订单时间{{time2.DATA}}', '', '', 0, '', '', '', '', 1, '520422', '{$admin_name}管理员,您有一笔订单已经确认收货，订单号{$order_id}!', 1, '您有个订单确认收货\\n>订单号{order_id}', '', 0, 0, '{storeTitle}商品名称,{order_id}订单号', 2, 0),
(27, 'send_order_apply_refund', '用户申请退款客服提醒消息', '用户申请退款客服提醒消息', 1, '您有新的退款待处理', '您有一笔退款订单待处理，订单号{order_id}!', 1, '48089', '订单类型{{short_thing6.DATA}}\n订单编号{{character_string1.DATA}}\n订单时间{{time2.DATA}}', '', '', 0, '', '', '', '', 1, '520274', '{$admin_name}管理员,您有一笔退款订单待处理，订单号{$order_id}!', 1, '您有个订单退款请注意查收\\n订单号：{order_id}', '', 0, 0, '{admin_name}管理员,{order_id}订单号', 2, 0),
(28, 'revenue_received', '收益到账通知', '收益到账给用户通知', 0, '', '', 1, '47862', '订单号{{character_string9.DATA}}\n交易类型{{thing3.DATA}}\n交易金额{{amount4.DATA}}\n交易时间{{time2.DATA}}', '', '', 1, '1493', '订单编号{{character_string1.DATA}}\r\n收款项目{{thing7.DATA}}\r\n收益金额{{amount3.DATA}}\r\n订单时间{{time10.DATA}}', '', '', 0, '', '', 0, '', '', 0, 0, '', 1, 0);
