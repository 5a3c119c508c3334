<?php
// Text
$_['text_subject'] = '%s - GDPR request approved!';
$_['text_request'] = 'Account Deletion Request';
$_['text_hello']   = 'Hello <strong>%s</strong>,';
$_['text_user']    = 'User';
$_['text_gdpr']    = 'Your GDPR data deletion request has been approved and will be deleted in <strong>%s Days</strong>.';
$_['text_q']       = 'Q. Why do we not delete your data straight away?';
$_['text_a']       = 'A. Account deletion requests will process after <strong>%s days</strong> so any refunds, chargebacks or fraud detection can be processed.';
$_['text_delete']  = 'You will receive a email informing you when your account has been deleted.';
$_['text_thanks']  = 'Thanks,';
