<?php

return [
  'emptyTimeline'         => 'This user has no posts yet!',
  'emptyFollowers'        => 'This user has no followers yet!',
  'emptyFollowing'        => 'This user is not following anyone yet!',
  'emptySaved'            => 'You haven’t saved any post yet!',
  'savedWarning'          => 'Only you can see what you’ve saved',
  'privateProfileWarning' => 'This Account is Private',
  'alreadyFollow'         => 'Already follow :username?',
  'loginToSeeProfile'     => 'to see their photos and videos.',

  'status.disabled.header' 	  => 'Profile Unavailable',
  'status.disabled.body'	  => 'Sorry, this profile is not available at the moment. Please try again shortly.',

  'block.domain.max'      => 'Max limit of domain blocks reached! You can only block :max domains at a time. Ask your admin to adjust this limit.',

  'mutedAccounts'           => 'Muted Accounts',
  'blockedAccounts'         => 'Blocked Accounts',
  'blockedDomains'          => 'Blocked Domains',
];
