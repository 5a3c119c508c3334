<?php
// Text
$_['text_subject']      = '%s - Order %s';
$_['text_received']     = 'You have received an order.';
$_['text_order_id']     = 'Order ID:';
$_['text_date_added']   = 'Date Added:';
$_['text_order_status'] = 'Order Status:';
$_['text_product']      = 'Products:';
$_['text_total']        = 'Totals:';
$_['text_comment']      = 'The comments for your order are:';
