<?php

return [

    'recurring'             => 'Recurring',
    'every'                 => 'Every',
    'period'                => 'Period',
    'times'                 => 'Times',
    'daily'                 => 'Daily',
    'weekly'                => 'Weekly',
    'monthly'               => 'Monthly',
    'yearly'                => 'Yearly',
    'custom'                => 'Custom',
    'days'                  => 'Day(s)',
    'weeks'                 => 'Week(s)',
    'months'                => 'Month(s)',
    'years'                 => 'Year(s)',
    'frequency'             => 'Frequency',
    'duration'              => 'Duration',
    'last_issued'           => 'Last Issued',
    'after'                 => 'After',
    'on'                    => 'On',
    'never'                 => 'Never',
    'ends_after'            => 'Ends after :times times',
    'ends_never'            => 'Never ends',
    'ends_date'             => 'Ends on :date',
    'next_date'             => 'Next on :date',
    'end'                   => 'End Recurring',
    'child'                 => ':url was automatically created on :date',
    'message'               => 'This is a recurring :type and the next :type will be automatically generated on :date',
    'message_parent'        => 'This :type was automatically generated from :link',
    'send_email_auto'       => 'Send email automatically',

    'frequency_type'        => 'Repeat this :type',
    'custom_frequency_desc' => 'Repeat every :interval :frequency',
    'limit_date'            => 'Create first :type on',
    'limit_middle'          => 'and end',

    'form_description' => [
        'schedule'          => 'Choose the terms and start/end time to ensure that your customer receives your :type on the correct day.',
    ],

];
