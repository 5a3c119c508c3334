<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'item:object:reported_content' => 'Reported item',
	'collection:object:reported_content' => 'Reported items',
	'list:object:reported_content:no_results' => 'No reported content found',
	
	'admin:administer_utilities:reportedcontent' => 'Reported content',
	'admin:administer_utilities:reportedcontent:archive' => 'Reported content - archive',
	
	'reportedcontent' => 'Reported content',
	'reportedcontent:this' => 'Report this',
	'reportedcontent:this:tooltip' => 'Report this page to an administrator',
	'reportedcontent:report' => 'Report to admin',
	'reportedcontent:archive' => 'Archive report',
	'reportedcontent:archived' => 'The report has been archived',
	'reportedcontent:description' => 'Why are you reporting this?',
	'reportedcontent:address' => 'Location of the item',
	'reportedcontent:success' => 'Your report has been sent to the site admin',
	'reportedcontent:numbertodisplay' => 'Number of reports to display',
	'reportedcontent:user' => 'Report user',
	'reportedcontent:new' => 'New reports',
	'reportedcontent:archived_reports' => 'Archived',
	'reportedcontent:related_reports' => 'Related reports',
	'reportedcontent:comments:message' => 'Comments are only available for the admin. The reporter will not be notified about new comments.',
	
	'reportedcontent:failed' => 'Sorry, the attempt to report this content has failed.',
	'reportedcontent:notarchived' => 'We were not able to archive that report',
	
	'widgets:reportedcontent:name' => 'Reported content',
	'widgets:reportedcontent:description' => 'Display reported content',
	
	'reportedcontent:usersettings:notifications:reportedcontent:description' => 'Receive a notification when content is reported',
	
	'reportedcontent:notifications:create:admin:subject' => 'New content reported: %s',
	'reportedcontent:notifications:create:admin:summary' => 'New content reported: %s',
	'reportedcontent:notifications:create:admin:body' => '%s reported the following:

%s

Check out the related page:
%s

To view all reports visit:
%s',
);
