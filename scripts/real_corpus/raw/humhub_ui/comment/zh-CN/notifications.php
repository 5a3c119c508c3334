<?php

return [
    'Your comment \'{commentText}\' has been deleted by {displayName} for \'{reason}\'' => '',
];
