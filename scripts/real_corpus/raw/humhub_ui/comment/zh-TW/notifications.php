<?php
return array (
  'Your comment \'{commentText}\' has been deleted by {displayName} for \'{reason}\'' => '您的留言 \'{commentText}\' 因為 \'{reason}\' 原因被 {displayName} 刪除。',
);
