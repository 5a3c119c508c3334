<?php
// Text
$_['text_subject'] = 'Security';
$_['text_code']    = 'You must enter the security code in the admin security check.';
$_['text_reset']   = 'Your account has been locked because of to many incorrect attempts at entering the security code. Click the reset button to receive a reset link via your email account.';
$_['text_ip']      = 'IP:';
$_['text_regards'] = 'Best Regards';
