<?php
return array (
  'New Content' => '新的內容',
  'Receive Notifications for new content you follow.' => '',
  'View Online' => '線上查看',
  'Your {contentTitle} has been deleted by {displayName} for \'{reason}\'' => '',
  '{displayName} created {contentTitle}.' => '',
  '{displayName} posted on your profile {contentTitle}.' => '',
  '{originator} just wrote {contentInfo}' => '',
  '{originator} just wrote {contentInfo} in space {space}' => '',
  '{originator} notifies you about {contentInfo}' => '',
  '{originator} notifies you about {contentInfo} in {space}' => '',
);
